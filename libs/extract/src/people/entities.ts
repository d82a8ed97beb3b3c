import { isGenerationalSuffix, surname, wordBeforeParticles, type ExtractedRole, type PersonKind } from '@parley/domain';
import { affiliationOf, keyOf } from './name-keys';
import type { Countries } from './countries';
import type { Introduction } from './introductions';

/** "Sir Keir Starmer" is also "Sir Keir": the honour goes with the first name. */
const KNIGHTHOOD = /^(Sir|Dame|Sheikh)\s+\S+\s+\S/;

export type Gender = 'male' | 'female' | null;

/** A person or an institution the article speaks of; statements and calls point at one. */
export interface Entity {
  id: number;
  name: string;
  kind: PersonKind;
  aliases: Set<string>;
  roles: ExtractedRole[];
  gender: Gender;
  country: string | null;
  /** For an office or its spokesperson: the person it speaks for. */
  principal?: Entity;
  /** A political party, which speaks for itself rather than for a government. */
  party?: boolean;
}

/** "el-Sisi", "al-Sudani": a surname with the Arabic article, which articles also drop ("Sisi said"). */
const ARTICLE_PREFIX = /^(?:al|el|Al|El)-(\p{Lu}[\p{L}-]+)$/u;

export function surnameWithoutArticle(name: string): string | null {
  return ARTICLE_PREFIX.exec(surname(name))?.[1] ?? null;
}

/** The people and institutions of one article, found by name, surname or alias. */
export class Entities {
  readonly all: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  /** People by the key of their surname, and of their first name when the name has two words or more. */
  private readonly bySurname = new Map<string, Entity[]>();
  private readonly byFirstName = new Map<string, Entity[]>();

  add(name: string, kind: PersonKind, country: string | null = null): Entity {
    const existing = this.byName(name);
    if (existing) return existing;
    const entity: Entity = { id: this.all.length, name, kind, aliases: new Set(), roles: [], gender: null, country };
    this.all.push(entity);
    this.byKey.set(keyOf(name), entity);
    if (kind === 'individual') {
      push(this.bySurname, keyOf(surname(name)), entity);
      const called = wordBeforeParticles(name);
      if (called) push(this.bySurname, keyOf(called), entity);
      const bare = surnameWithoutArticle(name);
      if (bare) push(this.bySurname, keyOf(bare), entity);
      const doubled = doubleSurname(name);
      if (doubled) push(this.bySurname, keyOf(doubled), entity);
      if (name.includes(' ')) push(this.byFirstName, keyOf(name.split(' ')[0] ?? ''), entity);
    }
    return entity;
  }

  /** "Sheikh Omar": a way of naming a person that their name alone does not give. */
  addAlias(alias: string, entity: Entity): void {
    entity.aliases.add(alias);
    if (!this.byKey.has(keyOf(alias))) this.byKey.set(keyOf(alias), entity);
  }

  byName(name: string): Entity | undefined {
    return this.byKey.get(keyOf(name));
  }

  people(): Entity[] {
    return this.all.filter((entity) => entity.kind === 'individual');
  }

  /** The person a lone word names: a surname, or a first name no one else shares. */
  personByWord(word: string): Entity | undefined {
    const key = keyOf(word);
    const bySurname = this.bySurname.get(key) ?? [];
    if (bySurname.length > 0) return bySurname[bySurname.length - 1];
    const byFirst = this.byFirstName.get(key) ?? [];
    return byFirst.length === 1 ? byFirst[0] : undefined;
  }
}

/** "Tiu Laurel" of "Francisco Tiu Laurel Jr.": the last two words of a longer name, which may be a surname of two. */
function doubleSurname(name: string): string | null {
  const words = name.split(' ').filter((word) => !isGenerationalSuffix(word));
  return words.length >= 3 && words.every((word) => /^\p{Lu}/u.test(word)) ? words.slice(-2).join(' ') : null;
}

function push(map: Map<string, Entity[]>, key: string, entity: Entity): void {
  const list = map.get(key);
  if (list) list.push(entity);
  else map.set(key, [entity]);
}

/** Turns the introductions into people: full names first, then lone surnames joined to them. */
export function registerPeople(introductions: readonly Introduction[], countries: Countries): Entities {
  const entities = new Entities();
  const ordered = [...introductions].sort((a, b) => Number(b.name.includes(' ')) - Number(a.name.includes(' ')) || a.start - b.start);
  for (const introduction of ordered) {
    const person = entities.personByWord(introduction.name) ?? entities.byName(introduction.name) ?? entities.add(introduction.name, 'individual');
    if (introduction.phrase !== person.name) person.aliases.add(introduction.phrase);
    const knighthood = KNIGHTHOOD.exec(introduction.phrase);
    if (knighthood && introduction.name === person.name) entities.addAlias(`${knighthood[1]} ${person.name.split(' ')[0]}`, person);
    if (introduction.name !== person.name) person.aliases.add(introduction.name);
    person.gender ??= introduction.gender;
    addRole(person, introduction, countries);
  }
  for (const person of entities.people()) {
    if (person.name.includes(' ')) person.aliases.add(surname(person.name));
  }
  return entities;
}

function addRole(person: Entity, introduction: Introduction, countries: Countries): void {
  if (!introduction.title) {
    person.country ??= countries.resolve(introduction.of);
    return;
  }
  const of = countries.resolve(introduction.of) ?? (introduction.of && affiliationOf(introduction.of).type === 'organisation' ? introduction.of : null);
  const title = introduction.title;
  person.gender ??= genderOfTitle(title);
  const same = person.roles.find((role) => keyOf(role.title) === keyOf(title));
  if (same) {
    same.of ??= of;
    return;
  }
  person.roles.push({ title, of, current: introduction.current });
  if (of && countries.isCountry(of) && introduction.current) person.country ??= of;
}

/** "spokeswoman", "chairman": a title that says whether its holder is a woman or a man. */
function genderOfTitle(title: string): Gender {
  const head = title.toLowerCase().split(/\s+/).pop() ?? '';
  if (/^(?:spokes|chair|congress|business)woman$/.test(head)) return 'female';
  if (/^(?:spokes|chair|congress|business)man$/.test(head)) return 'male';
  return null;
}
