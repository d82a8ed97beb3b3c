import type { Channel } from '@parley/domain';
import type { Entity } from '../people/entities';
import type { Mention } from '../people/mentions';
import type { ResolvedMentions } from '../people/resolve';
import type { ArticleDocument } from '../text/document';
import type { Range } from '../text/ranges';
import type { Sentence } from '../text/sentences';
import { closedRelativeClauses, occasionEnd } from './said-zones';
import { isSpeechVerb } from './speech-verbs';
import { occasionVerbsIn, SCENE_VERBS } from './verb-index';
import { groupCount, leadersNamedBefore } from '../events/participants';
import { subjectOfVerb } from './verb-subjects';

/** A place where the narrative says someone spoke or published, with the ranges that may date it. */
export interface OccasionCue {
  entity: Entity;
  at: number;
  zones: Range[];
  verbAt: number | null;
  /** The channel the cue names outright (a readout is a statement); otherwise read from the zones. */
  channel: Channel | null;
  /** A speech verb reports an occasion even when undated; a channel phrase or a readout dates one only with its own words. */
  verb: boolean;
}

/** "The two leaders told a joint press conference": each of the leaders last named speaks. */
const GROUP_SUBJECT = /\b(?:the|both)\s+(?:two\s+|three\s+|four\s+)?(?:leaders|men|women)\s+(?:(?:also|then|later|jointly)\s+)?$/i;
const A_CALL = /\b(?:phone|telephone|video)\b|\bwith\s+(?!(?:the\s+)?(?:reporters|journalists|press|media|supporters|crowd|students|workers|voters)\b)/;
/** "in an interview with the public broadcaster QTV that aired on Sunday", "in a post on X late yesterday". */
const CHANNEL_PHRASE = /\b(?:in|during|at|on|via|through)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:interview|post|speech|address|statement|news conference|press conference|briefing|rally|broadcast|message|video)\b[^,;]{0,90}/gu;
const CHANNEL_NOUN = /interview|post|speech|address|statement|conference|briefing|rally|broadcast|message|video/;
/** "a readout released by the Tessalian presidency on Tuesday", "a statement her office issued on Monday evening". */
const ISSUED_BY = /\b(?:readout|statement|communiqu[eé]|account)\s+(?:(?:released|issued|published|put out)\s+(?:[^,.;]{0,30}?\s+)?by\s+|from\s+)$/;
const ISSUED_AFTER = /^\s+(?:had\s+)?(?:released|issued|published|put out)\b/;
const ISSUED_TAIL = /^[^,;]{0,60}?(?=\s+(?:said|says|added|which|that(?!\s+(?:morning|afternoon|evening|night|day)\b))\b|[,;]|$)/;

/** Every occasion a sentence's narrative reports: speech verbs with their subjects, channel phrases, statements issued by an institution. */
export function occasionCues(document: ArticleDocument, resolved: ResolvedMentions, sentence: Sentence, index: number): OccasionCue[] {
  const narrative = document.narrative;
  const mentions = resolved.bySentence[index] ?? [];
  return [...verbCues(narrative, sentence, mentions, (count) => leadersNamedBefore(resolved, index, count)), ...channelCues(narrative, sentence, resolved.subjects[index] ?? null), ...issuedCues(narrative, sentence, mentions)];
}

function verbCues(narrative: string, sentence: Sentence, mentions: readonly Mention[], leaders: (count: number) => Entity[]): OccasionCue[] {
  const cues: OccasionCue[] = [];
  const text = narrative.slice(sentence.start, sentence.end);
  let firstVerb: number | null = null;
  const asides = closedRelativeClauses(narrative, sentence.start, sentence.end);
  for (const { start: verbAt, word } of occasionVerbsIn(narrative, sentence.start, sentence.end)) {
    if (asides.some((aside) => verbAt >= aside.start && verbAt < aside.end)) continue;
    const offset = verbAt - sentence.start;
    firstVerb ??= verbAt;
    const passive = /^\s+by\s/.test(text.slice(offset + word.length, offset + word.length + 4));
    const own = { start: verbAt, end: occasionEnd(narrative, { start: verbAt, word }, sentence.end) };
    if (SCENE_VERBS.has(word) && A_CALL.test(narrative.slice(own.start, own.end))) continue;
    const agent = passive
      ? mentions.find((mention) => mention.start >= verbAt + word.length && mention.start <= verbAt + word.length + 5)
      : offset === 0
        ? mainSubjectAfter(narrative, sentence, mentions, own.end)
        : subjectOfVerb(narrative, sentence, mentions, verbAt, word);
    const zones = firstVerb === verbAt && !passive ? [{ start: sentence.start, end: verbAt }, own] : [own];
    const group = isSpeechVerb(word) && GROUP_SUBJECT.test(narrative.slice(sentence.start, verbAt));
    const speakers = agent?.entity ? [agent.entity] : group ? leaders(groupCount(narrative, sentence.start, verbAt) ?? 2) : [];
    for (const entity of speakers) cues.push({ entity, at: verbAt, zones, verbAt, channel: null, verb: true });
  }
  return cues;
}

/** "Speaking to reporters in Orsk this morning, Haldane …": the subject after the opening phrase. */
function mainSubjectAfter(narrative: string, sentence: Sentence, mentions: readonly Mention[], from: number): Mention | null {
  const comma = narrative.indexOf(',', from);
  if (comma === -1 || comma >= sentence.end) return null;
  return mentions.find((mention) => mention.start > comma && /^,\s*$/.test(narrative.slice(comma, mention.start))) ?? null;
}

function channelCues(narrative: string, sentence: Sentence, subject: Entity | null): OccasionCue[] {
  if (!subject) return [];
  const text = narrative.slice(sentence.start, sentence.end);
  if (!CHANNEL_NOUN.test(text)) return [];
  return [...text.matchAll(CHANNEL_PHRASE)].map((match) => {
    const start = sentence.start + match.index;
    return { entity: subject, at: start, zones: [{ start, end: start + match[0].length }], verbAt: null, channel: null, verb: false };
  });
}

function issuedCues(narrative: string, sentence: Sentence, mentions: readonly Mention[]): OccasionCue[] {
  const cues: OccasionCue[] = [];
  for (const mention of mentions) {
    if (mention.kind !== 'institution' && !mention.officeOf) continue;
    const before = narrative.slice(Math.max(sentence.start, mention.start - 70), mention.start);
    const after = narrative.slice(mention.end, sentence.end);
    const byPhrase = ISSUED_BY.exec(before);
    const issued = ISSUED_AFTER.exec(after);
    if (!mention.entity || (!byPhrase && !(issued && /\bstatement\s+$|\breadout\s+$/.test(before)))) continue;
    const from = mention.end + (issued ? issued[0].length : 0);
    const tail = ISSUED_TAIL.exec(narrative.slice(from, sentence.end));
    const zones = [{ start: from, end: from + (tail?.[0].length ?? 0) }];
    if (byPhrase) zones.push({ start: mention.start - before.length + byPhrase.index, end: mention.start });
    cues.push({ entity: mention.entity, at: mention.start, zones, verbAt: null, channel: 'press_statement', verb: false });
  }
  return cues;
}
