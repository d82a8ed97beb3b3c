import type { Countries } from './countries';
import type { Entities } from './entities';
import type { Mention } from './mentions';
import { remember, type InstitutionContext } from './institution-names';
import { INSTITUTION_RULES, type InstitutionRule } from './institution-rules';

export { officeOf } from './institution-names';

const READOUT_SOURCE = /\b(?:readout|statement)\s+(?:released|issued|published|put out)\s+(?:[^,.;]{0,30}?\s+)?by\s+$|\b(?:readout|statement)\s+from\s+$/;
/** "Downing Street has put out a readout of …": the body named before the verb owns the readout that follows. */
const PUTS_OUT_READOUT = /^\s+(?:has\s+|have\s+|had\s+)?(?:put\s+out|issued|released|published)\s+(?:a|an|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:readout|statement|account|communiqu[eé])\b/u;

/** Mentions of institutions ("Malvane's office", "the Tessalian presidency", "a spokesperson for …", parties) and anonymous officials. */
export function findInstitutionMentions(narrative: string, bodyStart: number, entities: Entities, countries: Countries, named: readonly Mention[]): Mention[] {
  const matches: Array<{ match: RegExpExecArray; rule: InstitutionRule }> = [];
  const body = narrative.slice(bodyStart);
  const present = new Map<RegExp, boolean>();
  for (const rule of INSTITUTION_RULES) {
    const found = present.get(rule.requires) ?? rule.requires.test(body);
    present.set(rule.requires, found);
    if (!found) continue;
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(body); match; match = rule.pattern.exec(body)) matches.push({ match, rule });
  }
  matches.sort((a, b) => a.match.index - b.match.index || b.match[0].length - a.match[0].length);

  const people = named.filter((mention) => mention.entity?.kind === 'individual').map((mention) => ({ ...mention, start: mention.start - bodyStart, end: mention.end - bodyStart }));
  const context: InstitutionContext = { entities, countries, narrative: body, latest: null, latestByHead: new Map(), readoutOwner: null, latestBody: null, people };
  const mentions: Mention[] = [];
  let coveredUntil = -1;
  for (const { match, rule } of matches) {
    if (match.index < coveredUntil) continue;
    const entity = rule.read(match, context);
    if (!entity) continue;
    coveredUntil = match.index + match[0].length;
    remember(context, entity, coveredUntil);
    if (READOUT_SOURCE.test(body.slice(Math.max(0, match.index - 70), match.index)) || PUTS_OUT_READOUT.test(body.slice(coveredUntil, coveredUntil + 60))) context.readoutOwner = entity;
    mentions.push({
      start: bodyStart + match.index,
      end: bodyStart + coveredUntil,
      kind: 'institution',
      entity,
      gender: null,
      possessive: /^['’]s\b/.test(body.slice(coveredUntil, coveredUntil + 3)),
      object: false,
    });
  }
  return mentions;
}
