import type { Entity } from '../people/entities';
import type { Mention } from '../people/mentions';
import type { ResolvedMentions } from '../people/resolve';
import { isLeader } from '../people/title-mentions';
import type { Range } from '../text/ranges';

const OF_PLACE = '(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)?';
const APPOSITIVE = '(?:\\s*,\\s+(?:a|an|the|who|whose)\\b[^,]*,)?';
/** "and her Sardovan counterpart, ", "and Sardova’s trade minister, ": a description before the next name. */
const DESCRIBED = "(?:(?:his|her|their|the|\\p{Lu}[\\p{L}-]*['’]s)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+,\\s+)?";
const JOINER = new RegExp(`^${OF_PLACE}${APPOSITIVE}(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s+and\\s+|\\s+nor\\s+)${DESCRIBED}(?:\\p{Lu}[\\p{L}.’'-]*\\s+)*$`, 'u');
const BEFORE_VERB = new RegExp(
  `^${OF_PLACE}${APPOSITIVE}\\s*,?\\s*(?:who\\s+)?(?:(?:then|also|later|last|had|have|has|will|would|could|must|again|jointly|first|is|are|was|were|expected|expects|expect|due|set|planning|hoping|hopes|hope|hoped|intends|intend|to|still|both|each|already|not|once|briefly|privately|finally|agreed|plan|plans|planned|understood|believed|reported|reportedly|thought|known|said|scheduled|slated|likely|ready|going|poised|preparing|supposed|may|might|should|can|shall)\\s+)*$`,
  'u',
);
const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, both: 2, pair: 2 };
const GROUP_OF_LEADERS = /\b(?:(?:the|both)\s+(two|three|four)?\s*(?:leaders|men|women|presidents|prime ministers|heads of (?:state|government))|the (pair)|(both) (?:leaders|men|women|sides))\b/i;
/** How far before an event a group phrase may stand: "The two leaders first discussed the visit in a phone call". */
const GROUP_WINDOW = 60;

const isPerson = (mention: Mention) => mention.entity?.kind === 'individual';
/** "her" in "her Sardovan counterpart": a determiner, not one of the people named. */
const isDeterminer = (narrative: string, mention: Mention) => mention.kind === 'pronoun' && /^(?:his|her|its|their)$/i.test(narrative.slice(mention.start, mention.end));

/** People named together just before `at`: "Vos and Marsk", "Haldane, President … and Prime Minister …". */
export function subjectGroup(narrative: string, mentions: readonly Mention[], at: number): Mention[] {
  const before = mentions.filter((mention) => mention.end <= at && isPerson(mention) && !mention.object && !isDeterminer(narrative, mention));
  const group: Mention[] = [];
  let last = before[before.length - 1];
  if (!last || !BEFORE_VERB.test(narrative.slice(last.end, at))) return group;
  group.unshift(last);
  for (let index = before.length - 2; index >= 0; index -= 1) {
    const mention = before[index] as Mention;
    const gap = narrative.slice(mention.end, last.start);
    if (mention.entity === last.entity && /^\s*,?\s*$/.test(gap)) continue;
    if (!JOINER.test(gap)) break;
    group.unshift(mention);
    last = mention;
  }
  return group;
}

/** The people named together from `first` on: "Prime Minister Ana Vos of Belmark and President Ivo Marsk …". */
export function namedTogetherFrom(narrative: string, mentions: readonly Mention[], first: Mention): Mention[] {
  const people = mentions.filter((mention) => mention.start > first.start && isPerson(mention) && !mention.possessive && !isDeterminer(narrative, mention));
  const group: Mention[] = [first];
  for (const mention of people) {
    const last = group[group.length - 1];
    if (last && (mention.entity === last.entity || !JOINER.test(narrative.slice(last.end, mention.start)))) break;
    group.push(mention);
  }
  return group;
}

/** How many people a phrase such as "the two leaders", "the pair", "both men" just before `at` counts, if it names a group. */
export function groupCount(narrative: string, from: number, at: number): number | null {
  const match = GROUP_OF_LEADERS.exec(narrative.slice(Math.max(from, at - GROUP_WINDOW), at));
  if (!match) return null;
  return COUNT_WORDS[(match[1] ?? match[2] ?? match[3] ?? 'two').toLowerCase()] ?? 2;
}

/** "the two leaders": the leaders last named before the sentence, else the only leaders the article names. */
export function leadersNamedBefore(resolved: ResolvedMentions, sentenceIndex: number, count: number, besides: readonly Entity[] = []): Entity[] {
  for (const pass of [isLeader, () => true]) {
    const found: Entity[] = [];
    for (let index = sentenceIndex - 1; index >= 0 && found.length < count; index -= 1) {
      for (const mention of [...(resolved.bySentence[index] ?? [])].reverse()) {
        const entity = mention.entity;
        if (entity && entity.kind === 'individual' && pass(entity) && !found.includes(entity) && !besides.includes(entity)) found.push(entity);
        if (found.length === count) return found;
      }
    }
  }
  const named = new Set(resolved.bySentence.flatMap((mentions) => mentions.flatMap((mention) => (mention.entity?.kind === 'individual' ? [mention.entity] : []))));
  const leaders = [...named].filter((entity) => isLeader(entity) && !besides.includes(entity));
  return leaders.length === count ? leaders : [];
}

/**
 * The people an event phrase names after its trigger: "with X", "between X and Y",
 * "convened by X", "at the invitation of X", "her Sardovan counterpart" (and her).
 */
export function namedAfter(narrative: string, mentions: readonly Mention[], clause: Range): Mention[] {
  const found: Mention[] = [];
  for (const mention of mentions) {
    if (mention.start < clause.start || mention.start >= clause.end || !isPerson(mention) || mention.possessive) continue;
    const before = narrative.slice(Math.max(clause.start, mention.start - 70), mention.start);
    if (!/\b(?:with|to|between|and|by|of|including|alongside)\s+(?:(?:the|his|her|their)\s+)?(?:[\p{L}.’'-]+,?\s+){0,7}?$/u.test(before)) continue;
    found.push(mention);
    const owner = mentions.find((other) => other.kind === 'pronoun' && other.start === mention.start && other !== mention);
    if (owner && /counterpart/.test(narrative.slice(mention.start, mention.end))) found.push(owner);
  }
  return found;
}
