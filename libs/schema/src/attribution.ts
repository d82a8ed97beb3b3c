import type { StatementSource } from '@parley/db';
import { builder } from './builder';
import { TextSpanRef } from './text-span';

interface Evidence {
  text: string;
  start: number;
  end: number;
}

interface Attribution {
  source: Evidence | null;
  cue: Evidence | null;
}

type StoredAttribution = Pick<StatementSource, 'sourceText' | 'sourceStart' | 'sourceEnd' | 'cueText' | 'cueStart' | 'cueEnd'>;

/** The columns a quotation's attribution is read from, for `select`. */
export const ATTRIBUTION_COLUMNS = { sourceText: true, sourceStart: true, sourceEnd: true, cueText: true, cueStart: true, cueEnd: true } as const;

const EvidenceRef = builder.objectRef<Evidence>('AttributionEvidence').implement({
  description: 'Words of the article that an attribution was read from, and where they stand.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The words as the article writes them.' }),
    span: t.field({ type: TextSpanRef, description: 'Where they sit in the article text.', resolve: ({ start, end }) => ({ start, end }) }),
  }),
});

export const AttributionRef = builder.objectRef<Attribution>('Attribution').implement({
  description: 'Why Parley says who spoke: the words naming the speaker and the words reporting the speech.',
  fields: (t) => ({
    source: t.field({
      type: EvidenceRef,
      nullable: true,
      description: 'The mention the speaker was read from ("Molitor", "he", "a campaign spokesman"); null when no words of the article name the speaker.',
      resolve: (attribution) => attribution.source,
    }),
    cue: t.field({
      type: EvidenceRef,
      nullable: true,
      description: 'The words that report the speech ("says", "told reporters"); null when none do.',
      resolve: (attribution) => attribution.cue,
    }),
  }),
});

function evidence(text: string | null, start: number | null, end: number | null): Evidence | null {
  return text !== null && start !== null && end !== null ? { text, start, end } : null;
}

export function attributionOf(stored: StoredAttribution): Attribution {
  return {
    source: evidence(stored.sourceText, stored.sourceStart, stored.sourceEnd),
    cue: evidence(stored.cueText, stored.cueStart, stored.cueEnd),
  };
}
