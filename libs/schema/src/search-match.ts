import type { SearchHighlight, SearchMatch } from '@parley/db';
import { builder } from './builder';

const SearchHighlightRef = builder.objectRef<SearchHighlight>('SearchHighlight').implement({
  description: 'A word of the result that matched the search (stemmed: "tariffs" matches "tariff"), as offsets [start, end) into the text in UTF-16 code units: `text.slice(start, end)` gives it back.',
  fields: (t) => ({
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    text: t.exposeString('text', { description: 'The matched word as it stands in the text.' }),
  }),
});

/**
 * A result's match, as the list knows it: its relevance when the list was ranked by it, and
 * the engine's full match (relevance and marked words), read only when a field needs it.
 */
export interface PendingSearchMatch {
  relevance: number | null;
  match: () => Promise<SearchMatch | undefined>;
}

export const SearchMatchRef = builder.objectRef<PendingSearchMatch>('SearchMatch').implement({
  description: 'How a result matched a full-text search: its relevance and the matched words.',
  fields: (t) => ({
    rank: t.float({
      description: 'Relevance to the search, higher first: more of the words, in a shorter text. Compare it within one search only; its scale depends on the database engine.',
      resolve: async (pending) => pending.relevance ?? (await pending.match())?.relevance ?? 0,
    }),
    highlights: t.field({
      type: [SearchHighlightRef],
      description: 'Every matched word, in text order.',
      resolve: async (pending) => (await pending.match())?.highlights ?? [],
    }),
  }),
});
