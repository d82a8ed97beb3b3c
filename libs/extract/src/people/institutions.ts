import { hasDemonymShape } from '@parley/domain';
import type { Countries } from './countries';
import type { Entities, Entity } from './entities';
import type { Mention } from './mentions';

const ORG_HEAD = '(?:[Mm]inistry|[Pp]residency|[Gg]overnment|[Cc]abinet|[Cc]hancellery|[Ee]mbassy|[Tt]reasury)';
const ORG_PHRASE = `((?:(?:\\p{Lu}\\p{L}+|[a-z]+)\\s+)?${ORG_HEAD}(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)*)?)`;
const SPOKES = 'spokes(?:person|man|woman)';

type Rule = { pattern: RegExp; read: (match: RegExpExecArray, context: Context) => Entity | null };

interface Context {
  entities: Entities;
  countries: Countries;
  narrative: string;
  /** The latest institution met, and the latest whose name holds each head word. */
  latest: Entity | null;
  latestByHead: Map<string, Entity>;
  readoutOwner: Entity | null;
}

const RULES: Rule[] = [
  {
    pattern: new RegExp(`\\b(?:[Aa]n?|[Tt]he)\\s+(?:(?:senior|chief|deputy)\\s+)?${SPOKES}\\s+for\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}\\p{M}’'-]*)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}’'-]*|${ORG_HEAD}|of))*)`, 'gu'),
    read: (match, context) => spokespersonOf(ownerOf(match[1] ?? '', context), context),
  },
  {
    pattern: /(\p{Lu}[\p{L}\p{M}-]*)['’]s\s+office\b/gu,
    read: (match, context) => {
      const person = context.entities.personByWord(match[1] ?? '');
      return person ? officeOf(person, context.entities) : null;
    },
  },
  {
    pattern: new RegExp(`(\\p{Lu}[\\p{L}\\p{M}-]*)['’]s\\s+${ORG_PHRASE}`, 'gu'),
    read: (match, context) => (context.entities.personByWord(match[1] ?? '') ? null : organisation(match[2] ?? '', match[1] ?? '', context)),
  },
  {
    pattern: new RegExp(`\\b[Tt]he\\s+(\\p{Lu}\\p{L}+)\\s+${ORG_PHRASE}`, 'gu'),
    read: (match, context) => (hasDemonymShape(match[1] ?? '') ? organisation(match[2] ?? '', match[1] ?? '', context) : null),
  },
  {
    pattern: new RegExp(`\\b[Tt]he\\s+(ministry|presidency|office|${SPOKES}|readout|government)\\b(?!\\s+of\\b)`, 'g'),
    read: (match, context) => anaphoric((match[1] ?? '').toLowerCase(), match.index, context),
  },
  {
    pattern: new RegExp(`\\b[Aa]n?\\s+${SPOKES}\\b(?!\\s+for\\b)`, 'g'),
    read: (_match, context) => (context.latest ? spokespersonOf(context.latest, context) : null),
  },
  {
    pattern: /\b[Aa]n?\s+(?:(?:senior|junior|top|high-ranking|government)\s+)*(?:(\p{Lu}\p{L}+)\s+)?(?:government\s+)?(?:official|diplomat|source|aide)\b(?!s)/gu,
    read: (match, context) => {
      const demonym = match[1] && hasDemonymShape(match[1]) ? match[1] : null;
      const entity = context.entities.add(demonym ? `${demonym} government official (anonymous)` : 'Government official (anonymous)', 'anonymous');
      entity.country ??= context.countries.resolve(demonym);
      return entity;
    },
  },
];

const READOUT_SOURCE = /\b(?:readout|statement)\s+(?:released|issued|published|put out)\s+by\s+$|\b(?:readout|statement)\s+from\s+$/;

/** Mentions of institutions ("Dravic's office", "the Corvanian presidency", "a spokesperson for …") and anonymous officials. */
export function findInstitutionMentions(narrative: string, bodyStart: number, entities: Entities, countries: Countries): Mention[] {
  const matches: Array<{ match: RegExpExecArray; rule: Rule }> = [];
  const body = narrative.slice(bodyStart);
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(body); match; match = rule.pattern.exec(body)) matches.push({ match, rule });
  }
  matches.sort((a, b) => a.match.index - b.match.index || b.match[0].length - a.match[0].length);

  const context: Context = { entities, countries, narrative: body, latest: null, latestByHead: new Map(), readoutOwner: null };
  const mentions: Mention[] = [];
  let coveredUntil = -1;
  for (const { match, rule } of matches) {
    if (match.index < coveredUntil) continue;
    const entity = rule.read(match, context);
    if (!entity) continue;
    coveredUntil = match.index + match[0].length;
    remember(context, entity);
    if (READOUT_SOURCE.test(body.slice(Math.max(0, match.index - 40), match.index))) context.readoutOwner = entity;
    mentions.push({
      start: bodyStart + match.index,
      end: bodyStart + coveredUntil,
      kind: 'institution',
      entity,
      gender: null,
      possessive: false,
      object: false,
    });
  }
  return mentions;
}

const HEADS = ['ministry', 'presidency', 'office', 'government', '(spokesperson)'];

function remember(context: Context, entity: Entity): void {
  context.latest = entity;
  const name = entity.name.toLowerCase();
  for (const head of HEADS) if (name.includes(head)) context.latestByHead.set(head, entity);
}

function ownerOf(phrase: string, context: Context): Entity | null {
  const person = context.entities.personByWord(phrase.trim()) ?? context.entities.byName(phrase.trim());
  if (person) return officeOf(person, context.entities);
  const [first, ...rest] = phrase.trim().split(/\s+/);
  if (first && rest.length > 0 && hasDemonymShape(first)) return organisation(rest.join(' '), first, context);
  return null;
}

/** "Office of the Prime Minister of Kestria" for the prime minister's office. */
export function officeOf(person: Entity, entities: Entities): Entity {
  const role = person.roles.find((candidate) => candidate.current && candidate.of) ?? person.roles[0];
  const country = role?.of ?? person.country;
  const name = role && country ? `Office of the ${role.title} of ${country}` : `Office of ${person.name}`;
  const office = entities.add(name, 'institution', country);
  office.principal ??= person;
  office.aliases.add(`${person.name.split(' ').pop() ?? person.name}’s office`);
  return office;
}

function spokespersonOf(owner: Entity | null, context: Context): Entity | null {
  if (!owner) return null;
  if (owner.name.endsWith('(spokesperson)')) return owner;
  const spokesperson = context.entities.add(`${owner.name} (spokesperson)`, 'institution', owner.country);
  if (owner.principal) spokesperson.principal ??= owner.principal;
  return spokesperson;
}

function organisation(phrase: string, countryWord: string, context: Context): Entity | null {
  const country = context.countries.resolve(countryWord) ?? (hasDemonymShape(countryWord) ? null : countryWord);
  if (!country) return null;
  const name = phrase
    .trim()
    .split(/\s+/)
    .map((word) => (word === 'of' || word === 'the' ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
  return context.entities.add(`${name} of ${country}`, 'institution', country);
}

function anaphoric(head: string, at: number, context: Context): Entity | null {
  if (head === 'readout') return context.readoutOwner;
  const latest = context.latestByHead.get(head.startsWith('spokes') ? '(spokesperson)' : head);
  if (latest) return latest;
  if (head !== 'government') return null;
  const sentenceStart = Math.max(context.narrative.lastIndexOf('. ', at), context.narrative.lastIndexOf('\n', at)) + 1;
  const lead = context.narrative.slice(sentenceStart, at);
  const positions = context.countries.list().map((name) => [name, lead.indexOf(name)] as const).filter(([, index]) => index !== -1);
  const country = positions.sort((a, b) => a[1] - b[1])[0]?.[0];
  return country ? context.entities.add(`Government of ${country}`, 'institution', country) : null;
}
