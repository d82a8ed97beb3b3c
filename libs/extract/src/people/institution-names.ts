import { hasDemonymShape, ofCountry } from '@parley/domain';
import type { Countries } from './countries';
import type { Entities, Entity } from './entities';
import { SEATS_OF_GOVERNMENT, TITLE_HEADS } from './lexicon';
import type { Mention } from './mentions';
import { isLeader, leaderOf } from './leader-roles';
import { titleCase } from './roles';
import { governmentNear, sentenceStartBefore } from './unnamed-sources';

/** What the institution rules know while reading the narrative in order. */
export interface InstitutionContext {
  entities: Entities;
  countries: Countries;
  narrative: string;
  /** The latest institution met, and the latest whose name holds each head word. */
  latest: Entity | null;
  latestByHead: Map<string, Entity>;
  readoutOwner: Entity | null;
  /** The latest office, ministry or government (not a spokesperson or a source) and where its mention ended. */
  latestBody: { entity: Entity; end: number } | null;
  /** People named by name or title, offsets relative to the narrative body: whose government a source speaks for. */
  people: readonly Mention[];
}

const HEADS = ['ministry', 'presidency', 'chancellery', 'office', 'government', 'commission', 'secretariat', 'agency', 'directorate', '(spokesperson)', '(anonymous)'];
/** "European Commission", "Northern Rim Secretariat": a body with a name of its own, kept as written. */
const NAMED_BODY = /\s(?:Commission|Secretariat|Organi[sz]ation|Agency|Council|Federation|Association|Union)$/;
/** The leader whose title names a seat of government: the chancellor's chancellery. */
const SEAT_TITLES: Readonly<Record<string, string>> = { chancellery: 'chancellor', presidency: 'president' };

export function remember(context: InstitutionContext, entity: Entity, end: number): void {
  context.latest = entity;
  const name = entity.name.toLowerCase();
  for (const head of HEADS) if (name.includes(head)) context.latestByHead.set(head, entity);
  if (entity.kind === 'institution' && !name.includes('(spokesperson)')) context.latestBody = { entity, end };
}

/** "Office of the Prime Minister of Tessalia" for the prime minister's office. */
export function officeOf(person: Entity, entities: Entities): Entity {
  const role = person.roles.find((candidate) => candidate.current && candidate.of) ?? person.roles[0];
  const country = role?.of ?? person.country;
  const name = role && country ? `Office of the ${titleCase(role.title)} ${ofCountry(country)}` : `Office of ${person.name}`;
  const office = entities.add(name, 'institution', country);
  office.principal ??= person;
  office.aliases.add(`${person.name.split(' ').pop() ?? person.name}’s office`);
  return office;
}

/** "Downing Street", "the Kremlin": the office that works from a seat of government. */
export function seatOfGovernment(seat: string, context: InstitutionContext): Entity | null {
  const known = SEATS_OF_GOVERNMENT[seat.replace(/\s+/g, ' ')];
  if (!known) return null;
  const name = known.title === 'President' ? `Presidency ${ofCountry(known.country)}` : `Office of the ${known.title} ${ofCountry(known.country)}`;
  const office = context.entities.add(name, 'institution', known.country);
  office.principal ??= leaderOf(known.country, context.entities) ?? undefined;
  return office;
}

/** "the Brastovan prime minister's office": the office of that country's leader, named for the title. */
export function leaderOffice(title: string, demonym: string, context: InstitutionContext): Entity | null {
  const country = context.countries.resolve(demonym);
  if (!country) return null;
  const leader = leaderOf(country, context.entities);
  if (leader) return officeOf(leader, context.entities);
  return context.entities.add(`Office of the ${titleCase(title)} ${ofCountry(country)}`, 'institution', country);
}

/** "the prime minister's office": the office of the one person the article gives that title. */
export function titleHolderOffice(title: string, context: InstitutionContext): Entity | null {
  const holders = context.entities.people().filter((person) => person.roles.some((role) => role.current && role.title.toLowerCase() === title.toLowerCase()));
  return holders.length === 1 && holders[0] ? officeOf(holders[0], context.entities) : null;
}

export function spokespersonOf(owner: Entity | null, context: InstitutionContext): Entity | null {
  if (!owner) return null;
  if (owner.name.endsWith('(spokesperson)')) return owner;
  const spokesperson = context.entities.add(`${owner.name} (spokesperson)`, 'institution', owner.country);
  if (owner.principal) spokesperson.principal ??= owner.principal;
  return spokesperson;
}

/** The office of a person named by a word, or the organisation a demonym phrase names ("Tessalian Foreign Ministry"). */
export function ownerOf(phrase: string, context: InstitutionContext): Entity | null {
  const words = phrase.trim().split(/\s+/);
  const person = context.entities.personByWord(phrase.trim()) ?? context.entities.byName(phrase.trim()) ?? titledPerson(words, context);
  if (person) return officeOf(person, context.entities);
  if (words.length > 1 && NAMED_BODY.test(phrase.trim())) return context.entities.add(phrase.trim(), 'institution');
  const possessed = /^(\p{Lu}[\p{L}\p{M}-]*)['’]s\s+(.+)$/u.exec(phrase.trim());
  if (possessed) {
    const owner = context.entities.personByWord(possessed[1] ?? '');
    return owner ? officeOf(owner, context.entities) : organisation(possessed[2] ?? '', possessed[1] ?? '', context);
  }
  const [first, ...rest] = phrase.trim().split(/\s+/);
  if (first && rest.length > 0 && hasDemonymShape(first)) return organisation(rest.join(' '), first, context);
  return null;
}

/** "President Vos", "Prime Minister Ana Vos of Belmark": a person named after a title. */
function titledPerson(words: readonly string[], context: InstitutionContext): Entity | undefined {
  const titleAt = words.findIndex((word) => TITLE_HEADS.has(word.toLowerCase()));
  if (titleAt === -1) return undefined;
  const ofAt = words.indexOf('of', titleAt + 1);
  const name = words.slice(titleAt + 1, ofAt === -1 ? words.length : ofAt);
  return name.length > 0 ? context.entities.personByWord(name[name.length - 1] ?? '') : undefined;
}

/** "Foreign Ministry of Sardova" for "the Sardovan foreign ministry" or "Sardova’s foreign ministry". */
export function organisation(phrase: string, countryWord: string, context: InstitutionContext): Entity | null {
  const country = context.countries.resolve(countryWord) ?? (hasDemonymShape(countryWord) ? null : countryWord);
  if (!country) return null;
  const name = phrase
    .trim()
    .split(/\s+/)
    .map((word) => (word === 'of' || word === 'the' ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
  return context.entities.add(`${name} ${ofCountry(country)}`, 'institution', country);
}

/** "Social Democrats (Brastova)": a party speaks under its name and its country. */
export function party(name: string, countryWord: string | null, context: InstitutionContext): Entity {
  const country = context.countries.resolve(countryWord) ?? homeCountry(context);
  const entity = context.entities.add(country ? `${name} (${country})` : name, 'institution', country);
  entity.party = true;
  return entity;
}

/** The country of the first leader the article names: an opposition named with no country is that country's. */
function homeCountry(context: InstitutionContext): string | null {
  const leader = context.people.find((mention) => mention.entity && isLeader(mention.entity) && mention.entity.country);
  return leader?.entity?.country ?? null;
}

/** "the ministry", "the readout", "the official": the latest of its kind; "the government": of the country the sentence names first. */
export function anaphoric(head: string, at: number, context: InstitutionContext): Entity | null {
  if (head === 'readout') return context.readoutOwner;
  if (/^(?:official|diplomat|source|aide|insider)$/.test(head)) return context.latestByHead.get('(anonymous)') ?? null;
  const latest = context.latestByHead.get(head.startsWith('spokes') ? '(spokesperson)' : head);
  if (latest) return latest;
  const seatTitle = SEAT_TITLES[head];
  if (seatTitle) return seatOf(head, seatTitle, context);
  if (head !== 'government') return null;
  const lead = context.narrative.slice(sentenceStartBefore(context.narrative, at), at);
  const positions = context.countries.list().map((name) => [name, lead.indexOf(name)] as const).filter(([, index]) => index !== -1);
  const country = positions.sort((a, b) => a[1] - b[1])[0]?.[0];
  return country ? context.entities.add(`Government ${ofCountry(country)}`, 'institution', country) : null;
}

/** "the chancellery" met first: the seat of the one leader the article gives that title. */
function seatOf(seat: string, title: string, context: InstitutionContext): Entity | null {
  const countries = new Set(
    context.entities.people().flatMap((person) => person.roles.filter((role) => role.current && role.of && role.title.toLowerCase() === title).map((role) => role.of as string)),
  );
  const [country] = [...countries];
  return countries.size === 1 && country ? organisation(seat, country, context) : null;
}

/**
 * "A ministry spokeswoman", "a government spokesman", "a Foreign Ministry spokesperson":
 * the spokesperson of the latest body of that kind, or of that body of the government in question.
 */
export function bodySpokesperson(head: string, at: number, context: InstitutionContext, qualifier: string | null = null): Entity | null {
  const phrase = qualifier ? `${qualifier} ${head}` : head;
  const latest = anaphoric(head, at, context);
  const body = latest && (!qualifier || latest.name.toLowerCase().startsWith(phrase)) ? latest : null;
  const country = body || (head !== 'government' && !qualifier) ? null : governmentNear(at, context);
  return spokespersonOf(body ?? (country ? organisation(phrase, country, context) : null), context);
}
