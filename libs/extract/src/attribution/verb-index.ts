import { SPEECH_VERBS } from './speech-verbs';

/** A verb of the narrative: where it starts and how it is written in lower case. */
export interface SpeechVerb {
  start: number;
  word: string;
}

interface IndexedVerb extends SpeechVerb {
  /** Written with a capital: only a sentence's first word may be a verb so. */
  capitalised: boolean;
  /** A verb that reports speech ("said"), not only an occasion ("spoke"). */
  speech: boolean;
}

/** Verbs that place a speaker at an occasion without reporting words. */
export const SCENE_VERBS = new Set(['spoke', 'speaking', 'addressed', 'addressing', 'unveiled', 'delivered', 'issued', 'released', 'struck', 'gave', 'repeated', 'rejected']);
/** Any of the verbs, as a whole word in any case. */
const VERB = new RegExp(`(?<![A-Za-z])(?:${[...new Set([...SPEECH_VERBS, ...SCENE_VERBS])].join('|')})(?![A-Za-z])`, 'gi');

/**
 * The speech and scene verbs of one narrative, found in a single pass: sentences, clauses
 * and quotations ask for the verbs of their own ranges many times over.
 */
class VerbIndex {
  readonly verbs: IndexedVerb[] = [];

  constructor(readonly narrative: string) {
    for (const match of narrative.matchAll(VERB)) {
      const written = match[0];
      const capitalised = written.charCodeAt(0) < 97;
      const word = written.toLowerCase();
      this.verbs.push({ start: match.index, word, capitalised, speech: SPEECH_VERBS.has(word) });
    }
  }

  /** The verbs starting in `[from, to)`, in order. */
  between(from: number, to: number): IndexedVerb[] {
    let low = 0;
    let high = this.verbs.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.verbs[middle] as IndexedVerb).start < from) low = middle + 1;
      else high = middle;
    }
    const found: IndexedVerb[] = [];
    for (let index = low; index < this.verbs.length && (this.verbs[index] as IndexedVerb).start < to; index += 1) found.push(this.verbs[index] as IndexedVerb);
    return found;
  }
}

let latest: VerbIndex | null = null;

/** The index of a narrative; the one last asked for is kept, since one article is read at a time. */
function indexOf(narrative: string): VerbIndex {
  if (latest?.narrative !== narrative) latest = new VerbIndex(narrative);
  return latest;
}

/** Speech verbs in the narrative between `from` and `to`, written in lower case as verbs in running text are. */
export function speechVerbsIn(narrative: string, from: number, to: number): SpeechVerb[] {
  return indexOf(narrative)
    .between(from, to)
    .filter((verb) => verb.speech && !verb.capitalised)
    .map(({ start, word }) => ({ start, word }));
}

/** Speech and scene verbs of a sentence: lower case, or its opening word ("Speaking to reporters, …"). */
export function occasionVerbsIn(narrative: string, sentenceStart: number, sentenceEnd: number): SpeechVerb[] {
  return indexOf(narrative)
    .between(sentenceStart, sentenceEnd)
    .filter((verb) => !verb.capitalised || verb.start === sentenceStart)
    .map(({ start, word }) => ({ start, word }));
}
