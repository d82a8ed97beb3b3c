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

export const SearchMatchRef = builder.objectRef<SearchMatch>('SearchMatch').implement({
  description: 'How a result matched a full-text search: its relevance and the matched words.',
  fields: (t) => ({
    rank: t.exposeFloat('relevance', {
      description: 'Relevance to the search, higher first: more of the words, in a shorter text. Compare it within one search only; its scale depends on the database engine.',
    }),
    highlights: t.field({ type: [SearchHighlightRef], resolve: (match) => match.highlights, description: 'Every matched word, in text order.' }),
  }),
});
