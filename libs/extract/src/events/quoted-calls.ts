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

/** Whom the words name: "Prime Minister Vos", "Ana Vos", "Vos", by title alone, "the chancellor", or "him", "her". */
const NAME = '(?:[Tt]he\\s+(prime minister|president|chancellor|premier)\\b|(him|her)\\b|(?:(?:President|Prime Minister|Chancellor|Premier|Minister|Mr|Mrs|Ms|Dr)\\.?\\s+)*(?:\\p{Lu}[\\p{L}-]+\\s+)?(\\p{Lu}[\\p{L}-]+))';
const BY_PHONE = '(?:(?:by|over the|on the)\\s+(?:tele)?phone\\s+|by\\s+video(?:\\s+link)?\\s+)?';
const I_SPOKE = new RegExp(`\\bI(?:['’]ve)?\\s+(?:just\\s+)?(?:spoke|talked|spoken|have spoken|had spoken)\\s+${BY_PHONE}(?:to|with)\\s+${NAME}`, 'gu');
const I_HAD_A_CALL = new RegExp(`\\b(?:I|[Ww]e)(?:['’]ve)?\\s+(?:just\\s+)?(?:had|held|have had)\\s+(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:call|conversation)\\s+with\\s+${NAME}`, 'gu');
const WE_SPOKE = new RegExp(`${NAME}\\s+and\\s+I\\s+(?:(?:just|first|last|have|had)\\s+)?(?:spoke|talked|spoken)\\b`, 'gu');
const I_CALLED = new RegExp(`\\bI\\s+(?:just\\s+)?(?:called|phoned|telephoned|rang)\\s+${NAME}`, 'gu');
const CALLED_ME = new RegExp(`${NAME}\\s+(?:called|phoned|telephoned|rang)\\s+me\\b`, 'gu');
const WILL_SPEAK = new RegExp(`\\b(I|[Ww]e|[Hh]e|[Ss]he)\\s+(?:expects?|plans?|hopes?|intends?|will|would|is due|are due)\\s+to\\s+(?:speak|talk)\\s+(?:to|with)\\s+${NAME}`, 'gu');
/** "I expect we will speak again", "we will talk again soon": the speaker and the other person of the speaker's latest call. */
const WE_SPEAK_AGAIN = /\b(?:I\s+(?:expect|hope|think)\s+(?:that\s+)?)?[Ww]e\s+(?:will|shall|expect\s+to|plan\s+to|hope\s+to|are\s+due\s+to|are\s+going\s+to)\s+(?:speak|talk)\s+again\b/gu;
const MAY_REPORT_CALL = /\b(?:spoke|spoken|talked|called|phoned|telephoned|rang|speak|talk|call|conversation)\b/;
const IN_PERSON = /^[^.;]{0,40}\b(?:at the summit|in person|when we met|face to face|over dinner|on the sidelines)\b/;
const DATE_WINDOW = 40;
const HONOUR_BEFORE = /\b(Sir|Dame|Sheikh)\s+$/;

/** "Sheikh Omar called me": the person an honour and a first name stand for, where "Omar" alone may be someone's surname. */
function honoured(entities: Entities, words: string, match: RegExpMatchArray | undefined, word: string | undefined): Entity | undefined {
  if (!match || !word) return undefined;
  const at = (match.index ?? 0) + match[0].lastIndexOf(word);
  const honour = HONOUR_BEFORE.exec(words.slice(Math.max(0, at - 10), at));
  return honour ? entities.byName(`${honour[1]} ${word}`) : undefined;
}

/**
 * Calls that the speakers' own words report: "I spoke with Prime Minister Haldane today",
 * "Ana and I spoke on Sunday", "I had a good call with Karl",
 * "Mark called me today" (which says who placed it), "He expects to speak to President
 * Malvane by phone next week" in a spokesperson's words (where "he" is the principal).
 * Their days count from the day the words were said.
 */
export function quotedCalls(document: ArticleDocument, entities: Entities, statements: readonly SpokenWords[], known: readonly FoundCall[]): FoundCall[] {
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
    const named = (title: string | undefined, pronoun: string | undefined, word: string | undefined, match?: RegExpMatchArray) =>
      title ? titleHolder(entities, title) : pronoun ? partnerOf(self, known, quote.start) : (honoured(entities, words, match, word) ?? entities.personByWord(word ?? ''));
    for (const match of [...words.matchAll(I_SPOKE), ...words.matchAll(WE_SPOKE), ...words.matchAll(I_HAD_A_CALL)]) push(match, named(match[1], match[2], match[3], match), null, 'held');
    for (const match of words.matchAll(I_CALLED)) push(match, named(match[1], match[2], match[3], match), self, 'held');
    for (const match of words.matchAll(CALLED_ME)) {
      const caller = named(match[1], match[2], match[3], match);
      if (caller) push(match, self, caller, 'held', caller);
    }
    for (const match of words.matchAll(WE_SPEAK_AGAIN)) push(match, partnerOf(self, known, quote.start), null, /expect|think/.test(match[0]) ? 'expected' : 'planned');
    for (const match of words.matchAll(WILL_SPEAK)) {
      const subject = /^(?:I|we)$/i.test(match[1] ?? '') ? self : (speaker.principal ?? null);
      if (subject) push(match, named(match[2], match[3], match[4]), null, /expect/i.test(match[0]) ? 'expected' : 'planned', subject);
    }
  }
  return calls;
}

/** The one person the article gives a title: whom "the chancellor" means in a speaker's words. */
function titleHolder(entities: Entities, title: string): Entity | undefined {
  const holders = entities.people().filter((person) => person.roles.some((role) => role.current && role.title.toLowerCase() === title.toLowerCase()));
  return holders.length === 1 ? holders[0] : undefined;
}

/** "I spoke to her again": the other person of the speaker's latest call the story told of before the words. */
function partnerOf(self: Entity, calls: readonly FoundCall[], before: number): Entity | undefined {
  const latest = [...calls].reverse().find((call) => call.at < before && call.participants.length === 2 && call.participants.includes(self));
  return latest?.participants.find((person) => person !== self);
}
