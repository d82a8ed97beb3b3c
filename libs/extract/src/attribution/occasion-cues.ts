import type { Channel } from '@parley/domain';
import type { Entity } from '../people/entities';
import type { Mention } from '../people/mentions';
import type { ResolvedMentions } from '../people/resolve';
import type { ArticleDocument } from '../text/document';
import type { Range } from '../text/ranges';
import type { Sentence } from '../text/sentences';
import { closedRelativeClauses, goesOn, leadZones } from './lead-zones';
import { occasionEnd } from './said-zones';
import { isSpeechVerb } from './speech-verbs';
import { occasionVerbsIn, SCENE_VERBS } from './verb-index';
import { groupCount, leadersNamedBefore, namedTogetherFrom } from '../events/participants';
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
  /** Everyone the cue shows at the occasion, when it shows a group. */
  scene?: readonly Entity[];
}

/** "…, and on Wednesday she wrote": a verb right after its own subject opens a clause of its own; "the tariff announced on Monday" is part of another. */
const JUST_BEFORE = /^\s*(?:(?:has|had|have|also|then|later|again|separately|\p{Ll}+ly)\s+)*$/u;
/** "The two leaders told a joint press conference": each of the leaders last named speaks. */
const GROUP_SUBJECT = /\b(?:the|both)\s+(?:two\s+|three\s+|four\s+)?(?:leaders|men|women)\s+(?:(?:also|then|later|jointly)\s+)?$/i;
const GROUP_IN_SENTENCE = /\b(?:the|both)\s+(?:two\s+|three\s+|four\s+)?(?:leaders|men|women)\b/i;
const A_CALL = /\b(?:phone|telephone|video)\b|\bwith\s+(?!(?:the\s+)?(?:reporters|journalists|press|media|supporters|crowd|students|workers|voters)\b)/;
/** "in an interview with the public broadcaster QTV that aired on Sunday", "in a post on X late yesterday". */
const CHANNEL_PHRASE = /\b(?:[Ii]n|[Dd]uring|[Aa]t|[Oo]n|[Vv]ia|[Tt]hrough)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:interview|post|speech|address|statement|news conference|press conference|briefing|rally|broadcast|message|video)\b[^,;]{0,90}/gu;
/** "appeared before reporters afterwards": the audience says the occasion. */
const AUDIENCE_PHRASE = /\b(?:before|to|with|for)\s+(?:the\s+)?(?:reporters|journalists|press|media|cameras)\b[^,;]{0,90}/gu;
const CHANNEL_NOUN = /interview|post|speech|address|statement|conference|briefing|rally|broadcast|message|video|reporters|journalists|press|media|cameras/;
/** "a readout released by the Tessalian presidency on Tuesday", "a statement her office issued on Monday evening". */
const ISSUED_BY = /\b(?:readout|statement|communiqu[eé]|account)\s+(?:(?:released|issued|published|put out)\s+(?:[^,.;]{0,30}?\s+)?by\s+|from\s+)$/;
const ISSUED_AFTER = /^\s+(?:had\s+)?(?:released|issued|published|put out)\b/;
const ISSUED_TAIL = /^[^,;]{0,60}?(?=\s+(?:said|says|added|which|that(?!\s+(?:morning|afternoon|evening|night|day)\b))\b|[,;]|$)/;

/**
 * Every occasion a sentence's narrative reports of someone whose occasions matter (the
 * people quoted, institutions): speech verbs with their subjects, channel phrases,
 * statements issued by an institution.
 */
export function occasionCues(document: ArticleDocument, resolved: ResolvedMentions, sentence: Sentence, index: number, matters: (entity: Entity) => boolean): OccasionCue[] {
  const narrative = document.narrative;
  const mentions = resolved.bySentence[index] ?? [];
  const leaders = (count: number) => leadersNamedBefore(resolved, index, count);
  const scene = sceneSubjects(narrative, sentence, mentions, resolved.subjects[index] ?? null, leaders);
  return [...verbCues(narrative, sentence, mentions, leaders, matters), ...channelCues(narrative, sentence, scene, matters), ...issuedCues(narrative, sentence, mentions)];
}

function verbCues(narrative: string, sentence: Sentence, mentions: readonly Mention[], leaders: (count: number) => Entity[], matters: (entity: Entity) => boolean): OccasionCue[] {
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
    if (firstVerb !== verbAt && !passive && !goesOn(narrative, sentence.start, { start: verbAt, word }) && !opensOwnClause(narrative, agent, verbAt)) continue;
    const group = isSpeechVerb(word) && GROUP_SUBJECT.test(narrative.slice(sentence.start, verbAt));
    const speakers = (agent?.entity ? [agent.entity] : group ? leaders(groupCount(narrative, sentence.start, verbAt) ?? 2) : []).filter(matters);
    if (speakers.length === 0) continue;
    const zones = firstVerb === verbAt && !passive ? [...leadZones(narrative, sentence.start, agent && agent.start < verbAt ? agent.start : null, verbAt), own] : [own];
    const scene = speakers.length > 1 ? speakers : undefined;
    for (const entity of speakers) cues.push({ entity, at: verbAt, zones, verbAt, channel: null, verb: true, scene });
  }
  return cues;
}

/** "…, and on Wednesday she wrote": a verb right after its own subject, which is not what another verb reports ("said that she had warned"). */
function opensOwnClause(narrative: string, agent: Mention | null | undefined, verbAt: number): boolean {
  return !!agent && JUST_BEFORE.test(narrative.slice(agent.end, verbAt)) && !/\bthat\s+$/.test(narrative.slice(Math.max(0, agent.start - 6), agent.start));
}

/** "Speaking to reporters in Orsk this morning, Haldane …": the subject after the opening phrase. */
function mainSubjectAfter(narrative: string, sentence: Sentence, mentions: readonly Mention[], from: number): Mention | null {
  const comma = narrative.indexOf(',', from);
  if (comma === -1 || comma >= sentence.end) return null;
  return mentions.find((mention) => mention.start > comma && /^,\s*$/.test(narrative.slice(comma, mention.start))) ?? null;
}

/**
 * Who a sentence shows at an occasion: its subject and those named with it ("Vos and
 * Marsk appeared before reporters"), or the leaders a group phrase counts ("At a joint
 * news conference, the two leaders …").
 */
function sceneSubjects(narrative: string, sentence: Sentence, mentions: readonly Mention[], subject: Entity | null, leaders: (count: number) => Entity[]): Entity[] {
  const first = subject?.kind === 'individual' ? mentions.find((mention) => mention.entity === subject && !mention.possessive) : undefined;
  if (first) return namedTogetherFrom(narrative, mentions, first).flatMap((mention) => (mention.entity ? [mention.entity] : []));
  if (subject) return [subject];
  const group = GROUP_IN_SENTENCE.exec(narrative.slice(sentence.start, sentence.end));
  return group ? leaders(groupCount(narrative, sentence.start, sentence.start + group.index + group[0].length) ?? 2) : [];
}

function channelCues(narrative: string, sentence: Sentence, scene: readonly Entity[], matters: (entity: Entity) => boolean): OccasionCue[] {
  const subjects = scene.filter(matters);
  if (subjects.length === 0) return [];
  const text = narrative.slice(sentence.start, sentence.end);
  if (!CHANNEL_NOUN.test(text)) return [];
  return [...text.matchAll(CHANNEL_PHRASE), ...text.matchAll(AUDIENCE_PHRASE)].flatMap((match) => {
    const start = sentence.start + match.index;
    const shared = scene.length > 1 ? scene : undefined;
    return subjects.map((entity) => ({ entity, at: start, zones: [{ start, end: start + match[0].length }], verbAt: null, channel: null, verb: false, scene: shared }));
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
