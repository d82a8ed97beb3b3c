import { classifyRole } from '@parley/domain';
import type { Entity } from '../people/entities';
import type { Mention } from '../people/mentions';
import type { ResolvedMentions } from '../people/resolve';

const OF_PLACE = '(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)?';
const JOINER = new RegExp(`^${OF_PLACE}(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s+and\\s+|\\s+nor\\s+)(?:\\p{Lu}[\\p{L}.’'-]*\\s+)*$`, 'u');
const BEFORE_VERB = new RegExp(`^${OF_PLACE}\\s*,?\\s*(?:(?:then|also|later|last|had|have|has|will|would|could|must|again|jointly|first|is|are|was|were|expected|due|set|planning|hoping|to)\\s+)*$`, 'u');
const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, both: 2 };
const GROUP_OF_LEADERS = /\b(?:the|both)\s+(two|three|four)?\s*(?:leaders|men|women|presidents|prime ministers|heads of (?:state|government))\b/i;

const isPerson = (mention: Mention) => mention.entity?.kind === 'individual';

/** People named together just before `at`: "Anselm and Aberg", "Korvald, President … and Prime Minister …". */
export function subjectGroup(narrative: string, mentions: readonly Mention[], at: number): Mention[] {
  const before = mentions.filter((mention) => mention.end <= at && isPerson(mention));
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

/** "the two leaders", "the three leaders": the leaders last named before the sentence. */
export function leadersNamedBefore(resolved: ResolvedMentions, sentenceIndex: number, phrase: string): Entity[] {
  const match = GROUP_OF_LEADERS.exec(phrase);
  if (!match) return [];
  const count = COUNT_WORDS[(match[1] ?? 'two').toLowerCase()] ?? 2;
  const found: Entity[] = [];
  const isLeader = (entity: Entity) => entity.roles.some((role) => role.current && ['head_of_state', 'head_of_government'].includes(classifyRole(role.title, role.of)));
  for (const pass of [isLeader, () => true]) {
    for (let index = sentenceIndex - 1; index >= 0 && found.length < count; index -= 1) {
      const sentenceMentions = [...(resolved.bySentence[index] ?? [])].reverse();
      for (const mention of sentenceMentions) {
        const entity = mention.entity;
        if (entity && entity.kind === 'individual' && pass(entity) && !found.includes(entity)) found.push(entity);
        if (found.length === count) break;
      }
    }
    if (found.length === count) return found;
    found.length = 0;
  }
  return [];
}

export { GROUP_OF_LEADERS };
