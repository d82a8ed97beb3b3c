import { findDatePhrases, type EventStatus, type IsoDate } from '@parley/domain';
import type { Entities, Entity } from '../people/entities';
import type { ArticleDocument } from '../text/document';
import type { Quote } from '../text/quotes';
import type { FoundCall } from './calls';

/** A statement's speaker and day, which the calls in its words are counted from. */
export interface SpokenWords {
  quote: Quote;
  speaker: Entity | null;
  date: IsoDate | null;
}

const NAME = '(?:(?:President|Prime Minister|Chancellor|Premier|Minister|Mr|Mrs|Ms|Dr)\\.?\\s+)*(?:\\p{Lu}[\\p{L}-]+\\s+)?(\\p{Lu}[\\p{L}-]+)';
const I_SPOKE = new RegExp(`\\bI\\s+(?:just\\s+)?(?:spoke|talked|have spoken|had spoken)\\s+(?:to|with)\\s+${NAME}`, 'gu');
const I_CALLED = new RegExp(`\\bI\\s+(?:just\\s+)?(?:called|phoned|telephoned|rang)\\s+${NAME}`, 'gu');
const CALLED_ME = new RegExp(`${NAME}\\s+(?:called|phoned|telephoned|rang)\\s+me\\b`, 'gu');
const WILL_SPEAK = new RegExp(`\\b(I|[Ww]e|[Hh]e|[Ss]he)\\s+(?:expects?|plans?|hopes?|intends?|will|would|is due|are due)\\s+to\\s+(?:speak|talk)\\s+(?:to|with)\\s+${NAME}`, 'gu');
const MAY_REPORT_CALL = /\b(?:spoke|spoken|talked|called|phoned|telephoned|rang|speak|talk)\b/;
const IN_PERSON = /^[^.;]{0,40}\b(?:at the summit|in person|when we met|face to face|over dinner|on the sidelines)\b/;
const DATE_WINDOW = 40;

/**
 * Calls that the speakers' own words report: "I spoke with Prime Minister Haldane today",
 * "Mark called me today" (which says who placed it), "He expects to speak to President
 * Malvane by phone next week" in a spokesperson's words (where "he" is the principal).
 * Their days count from the day the words were said.
 */
export function quotedCalls(document: ArticleDocument, entities: Entities, statements: readonly SpokenWords[]): FoundCall[] {
  const calls: FoundCall[] = [];
  for (const { quote, speaker, date } of statements) {
    if (!speaker || quote.parent !== null) continue;
    const words = document.text.slice(quote.start, quote.end);
    if (!MAY_REPORT_CALL.test(words)) continue;
    const self = speaker.principal ?? speaker;
    const push = (match: RegExpMatchArray, other: Entity | undefined, initiator: Entity | null, status: EventStatus, caller = self) => {
      if (!other || other === caller || IN_PERSON.test(words.slice((match.index ?? 0) + match[0].length))) return;
      const tail = words.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + DATE_WINDOW);
      const phrase = findDatePhrases(tail)[0];
      const day = phrase && date ? phrase.resolve(date, status === 'held' ? 'past' : 'future') : null;
      const medium = /called|phoned|telephoned|rang|phone/.test(match[0] + tail) ? 'phone' : /video/.test(tail) ? 'video' : null;
      calls.push({ participants: [caller, other], initiator, date: day, medium, status, at: quote.start + (match.index ?? 0) });
    };
    for (const match of words.matchAll(I_SPOKE)) push(match, entities.personByWord(match[1] ?? ''), null, 'held');
    for (const match of words.matchAll(I_CALLED)) push(match, entities.personByWord(match[1] ?? ''), self, 'held');
    for (const match of words.matchAll(CALLED_ME)) {
      const caller = entities.personByWord(match[1] ?? '');
      if (caller) push(match, self, caller, 'held', caller);
    }
    for (const match of words.matchAll(WILL_SPEAK)) {
      const subject = /^(?:I|we)$/i.test(match[1] ?? '') ? self : (speaker.principal ?? null);
      if (subject) push(match, entities.personByWord(match[2] ?? ''), null, /expect/i.test(match[0]) ? 'expected' : 'planned', subject);
    }
  }
  return calls;
}
