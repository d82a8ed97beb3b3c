import type { Mention } from '../people/mentions';
import type { Range } from '../text/ranges';

/**
 * How a sentence speaks of a call: "spoke by phone", "Hollmann called Haldane", "a
 * video call with …" (a call not met before), or "the call" (one already reported).
 */
export type CallTriggerKind = 'spoke' | 'called' | 'new_call' | 'reference';

export interface CallTrigger {
  kind: CallTriggerKind;
  /** Where the trigger's phrase starts (the determiner of a noun phrase). */
  at: number;
  end: number;
  /** The verb whose subject takes part: the trigger itself, or "held" in "held a call". */
  verbAt: number;
  /** Whom "called", "telephoned" names as the one called. */
  callee: Mention | null;
  /** "her first phone conversation": the possessive mention that takes part. */
  owner: Mention | null;
  /** Words before the call noun that say how it was held ("video", "three-way"). */
  words: string;
  /** "join Holt for a call": where the verb names people before the call noun. */
  objectsBefore?: Range;
  /** "spoke with Tiede on Monday and with Holt on Friday": where this call's words end, and the next call's begin. */
  limit?: number;
  /** The second of such calls: where its own words, and its day, start. */
  dateFrom?: number;
  /** "a second call", "another conversation": one more call between the people of the last. */
  repeat?: boolean;
}

/** Words without which no trigger below can match: a cheap test that spares the rest. */
const MAY_SPEAK_OF_A_CALL = /spok|speak|talk|call|phon|rang|ring|dial|conversation|discussions|video|virtual|online/;
const SPOKE = /\b(?:spoke|speak|speaks|spoken|speaking|talked|talk|talking|Speaking(?=\s+(?:by|over the|on the|via)\s+(?:(?:tele)?phone|video)))\b(?!\s+(?:to|with|at|before)\s+(?:the\s+)?(?:reporters|journalists|press|media|supporters|crowd|lawmakers|parliament|voters|students|workers|members|delegates|nation|assembly|party)\b)/g;
const CALLED = /\b(?:called|call|calls|calling|telephoned|telephone|telephones|phoned|phone|phones|rang|ring|rings|dialled|dialed|dial|dials|(?:reached|reach|reaches)(?=\s[^,.;]{1,40}?\s(?:by|on the|over the)\s+(?:tele)?phone\b))\b/g;
/** "discussed the duty by phone", "negotiated over the phone": an act done in a call. */
const ACT_BY_PHONE = /\b(?:discussed|discuss|discusses|negotiated|negotiate|conferred|confer|confers|consulted|exchanged)\b(?=(?:(?!\bto\s)[^,.;]){0,50}?\s(?:by|over the|via)\s+(?:(?:tele)?phone|video(?:\s+link)?)\b)/g;
/** "a virtual meeting", "an online summit": held over a video link, so a call. */
const CALL_NOUN = /\b(?:call|conversation|videoconference|(?<=\bvideo[ -])conference|(?<=\b(?:virtual|online|video)\s)(?:meeting|summit))\b/g;
/** "has spoken with Marsk, …, and with Tiede": a second call, with someone else, told in the same breath. */
const MAY_NAME_TWO = /\b(?:and|but)\s+(?:\p{Ll}+\s+)?(?:with|to)\s/u;
/** "spoke with Tiede on Monday and with Holt on Friday", "spoke to Tiede on Saturday and to Holt on Sunday": the same preposition names the second. */
const SECOND_PARTNER = /^\s+(with|to)\s[^;]*?(,?\s+(?:and|but)\s+(?:later\s+|then\s+|separately\s+|also\s+)?\1\s)/;
/** "spoke with Tiede on Tuesday and again on Wednesday morning": a second call between the same people, on a day of its own. */
const AGAIN_ON_DAY = /^[^;.]*?(\s+and\s+again\s+)(?=(?:(?:late|early|later)\s+)?on\s+\p{Lu}|(?:yesterday|today|this|last|that)\b)/u;
/** "held talks by telephone with …": a call, though no word says so. */
const TALKS_BY_PHONE = /\b(?:talks|discussions)\s+(?:by|over the|via)\s+(?:telephone|phone|video(?:link)?)\b|\b(?:phone|telephone|video|virtual|online)\s+(?:talks|discussions)\b/g;
/** "was on the phone with", "got on the phone to": a call, with its people on either side. */
const ON_THE_PHONE = /\b(?:was|were|is|are|been|be|got|get|gets|getting)\s+on\s+the\s+(?:phone|telephone)\s+(?=with|to)\b/g;
/** "will join Holt for a video call", "joined Tiede on a call": the verb names one of the people before the call. */
const JOINED_BEFORE = /\b(?:join|joins|joined|joining)\s+([^,.;]{1,60}?)\s+(?:for|in|on)\s+$/;
/**
 * The determiner nearest the call noun: no other determiner or preposition between them ("the
 * deal after a phone call" is "a phone call"); a quoted description between them is a word
 * ("a “long and serious” phone call").
 */
const DETERMINER = /(?:\b(a|an|another|the|that|this|their|his|her|its)|(\p{Lu}[\p{L}-]*['’]s))\s+((?:(?!(?:a|an|another|the|that|this|their|his|her|its|after|before|during|following|with|in|on|of|by|for|since)\s)(?:[\p{L}\d’'·-]+|[“"‘]·+[”"’])\s+){0,4}?)$/iu;
const WITH_AFTER = /^\s+with\b/;
const NEW_AFTER_POSSESSIVE = /^(?:first|second|third|latest|next|new|last|own)\b/;
const REPEAT_WORDS = /\b(?:second|third|follow-up|further|fresh)\b/;
const MEDIUM_WORD = /\b(?:phone|telephone|video|videoconference|virtual|online)\b/;
const GOVERNING_VERB = /\b(?:held|hold|holds|holding|had|have|has|having|joined|join|joins|took part in|take part in|made|make|placed|place|arranged|arrange|conducted|scheduled|set up|took|take|takes|received|receive|receives|answered|answer|answers|got|get|gets|returned|return|returns|accepted|accept|accepts)\s+(?:a\s+|an\s+)?$/;
/** Between "phoned" and the name: title words, or a description set off by commas ("Kelvar's prime minister, "). */
const OBJECT_GAP = /^\s+(?:(?:the|his|her|their|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+,\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u;
const NOT_A_CALL_AFTER = /^\s*(?:[“"‘']|·|a\s|an\s|the\s+(?:\p{Ll}+\s+)?(?:threat|plan|move|decision|tariff|deal|measure))/u;

/** "a call for debt relief": an appeal, unless "for" tells how long or when ("a call for an hour", "a call for Friday"). */
const FOR_AFTER = /^\s+for\b/;
const TIME_AFTER_FOR = /^\s+for\s+(?:(?:about|nearly|almost|more\s+than|over|roughly|some|just|at\s+least|around)\s+)?(?:(?:an?|one|two|three|four|five|ten|twenty|thirty|forty|half|several|a\s+few|\d+)\s+(?:[\p{L}-]+\s+)?(?:hours?|minutes?|days?)\b|(?:next|later|this|tomorrow|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\p{Lu}\p{Ll}+\.?\s+\d)/u;

function isAppeal(after: string): boolean {
  return FOR_AFTER.test(after) && !TIME_AFTER_FOR.test(after);
}

/** The call triggers of one sentence, in order. */
export function findCallTriggers(narrative: string, sentence: Range, mentions: readonly Mention[]): CallTrigger[] {
  const text = narrative.slice(sentence.start, sentence.end);
  const triggers: CallTrigger[] = [];
  if (!MAY_SPEAK_OF_A_CALL.test(text)) return triggers;
  const base = { callee: null, owner: null, words: '' };
  const mayNameTwo = MAY_NAME_TWO.test(text);
  for (const match of text.matchAll(SPOKE)) {
    const at = sentence.start + match.index;
    if (/\b(?:the|a)\s+$/.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    const end = at + match[0].length;
    const second = mayNameTwo ? SECOND_PARTNER.exec(narrative.slice(end, sentence.end)) : null;
    const again = second ? null : AGAIN_ON_DAY.exec(narrative.slice(end, sentence.end));
    if (again) {
      const againAt = end + again[0].length;
      triggers.push({ ...base, kind: 'spoke', at, end, verbAt: at, limit: againAt - (again[1] ?? '').length });
      triggers.push({ ...base, kind: 'spoke', at: againAt, end: againAt, verbAt: at, dateFrom: againAt, repeat: true });
      continue;
    }
    if (!second) {
      triggers.push({ ...base, kind: 'spoke', at, end, verbAt: at });
      continue;
    }
    const jointAt = end + second[0].length - (second[2] ?? '').length;
    const withAt = end + second[0].length - `${second[1] ?? ''} `.length;
    triggers.push({ ...base, kind: 'spoke', at, end, verbAt: at, limit: jointAt });
    triggers.push({ ...base, kind: 'spoke', at: withAt, end: withAt, verbAt: at, dateFrom: withAt });
  }
  for (const match of text.matchAll(CALLED)) {
    const at = sentence.start + match.index;
    const end = at + match[0].length;
    const callee = calledPerson(narrative, mentions, end);
    if (callee) triggers.push({ ...base, kind: 'called', at, end, verbAt: at, callee });
  }
  for (const match of text.matchAll(ACT_BY_PHONE)) {
    const at = sentence.start + match.index;
    triggers.push({ ...base, kind: 'spoke', at, end: at + match[0].length, verbAt: at, words: 'phone' });
  }
  for (const match of text.matchAll(ON_THE_PHONE)) {
    const at = sentence.start + match.index;
    triggers.push({ ...base, kind: 'spoke', at, end: at + match[0].length, verbAt: at, words: 'phone' });
  }
  for (const match of text.matchAll(TALKS_BY_PHONE)) {
    const at = sentence.start + match.index;
    const governing = GOVERNING_VERB.exec(narrative.slice(Math.max(sentence.start, at - 30), at));
    triggers.push({ ...base, kind: 'new_call', at, end: at + match[0].length, verbAt: governing ? at - governing[0].length : at, words: match[0] });
  }
  for (const match of text.matchAll(CALL_NOUN)) {
    const trigger = nounTrigger(narrative, sentence, mentions, sentence.start + match.index, match[0]);
    if (trigger) triggers.push(trigger);
  }
  return triggers.sort((a, b) => a.at - b.at);
}

/** "called Haldane", "telephoned Tessalian President Ivo Marsk", "call her": the person right after the verb. */
function calledPerson(narrative: string, mentions: readonly Mention[], verbEnd: number): Mention | null {
  const object = mentions.find((mention) => mention.start >= verbEnd && mention.start <= verbEnd + 60 && (mention.kind !== 'pronoun' || mention.object));
  if (!object?.entity || object.entity.kind !== 'individual' || object.possessive) return null;
  if (!OBJECT_GAP.test(narrative.slice(verbEnd, object.start)) && object.start !== verbEnd + 1) return null;
  return NOT_A_CALL_AFTER.test(narrative.slice(object.end, object.end + 30)) ? null : object;
}

function nounTrigger(narrative: string, sentence: Range, mentions: readonly Mention[], nounAt: number, noun: string): CallTrigger | null {
  if (noun === 'call' && isAppeal(narrative.slice(nounAt + noun.length, Math.min(sentence.end, nounAt + 60)))) return null;
  const before = narrative.slice(Math.max(sentence.start, nounAt - 60), nounAt);
  const determiner = DETERMINER.exec(before);
  if (!determiner) return null;
  const at = nounAt - before.length + determiner.index;
  const word = (determiner[1] ?? '').toLowerCase();
  const ownerName = determiner[2] !== undefined;
  const words = determiner[3] ?? '';
  const hasMedium = MEDIUM_WORD.test(words);
  const possessive = ownerName || ['their', 'his', 'her', 'its'].includes(word);
  let kind: CallTriggerKind = ['a', 'an', 'another'].includes(word) ? 'new_call' : 'reference';
  const governing = GOVERNING_VERB.exec(narrative.slice(Math.max(sentence.start, at - 30), at));
  // "Vos’s call with Tiede", "her first phone conversation", "returned Vos’s call": the call is told whole, whether or not it was told before.
  if (possessive && (NEW_AFTER_POSSESSIVE.test(words) || WITH_AFTER.test(narrative.slice(nounAt + noun.length, nounAt + noun.length + 8)) || (governing && word !== 'their'))) kind = 'new_call';
  const repeat = kind === 'new_call' && (word === 'another' || REPEAT_WORDS.test(words));
  if (noun === 'conversation' && !hasMedium && !repeat && !possessive) kind = 'reference';
  const owner = possessive && word !== 'its' ? (mentions.find((mention) => mention.start === at && (mention.kind === 'pronoun' || mention.possessive)) ?? null) : null;
  const lead = narrative.slice(Math.max(sentence.start, at - 80), at);
  const joined = governing ? null : JOINED_BEFORE.exec(lead);
  const joinedAt = joined ? at - lead.length + joined.index : null;
  const verbAt = governing ? at - governing[0].length : (joinedAt ?? at);
  const objectsBefore = joined && joinedAt !== null ? { start: joinedAt, end: at } : undefined;
  return { kind, at, end: nounAt + noun.length, verbAt, callee: null, owner, words: `${words}${noun}`, repeat, objectsBefore };
}
