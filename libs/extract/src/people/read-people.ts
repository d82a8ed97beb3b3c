import { surname } from '@parley/domain';
import type { ArticleDocument } from '../text/document';
import { Countries } from './countries';
import { registerPeople, type Entities } from './entities';
import { findInstitutionMentions } from './institutions';
import { findIntroductions } from './introductions';
import { inferLeaderCountries } from './leader-roles';
import { findPersonMentions } from './mentions';
import { overlaps } from '../text/ranges';
import { resolveMentions, type ResolvedMentions } from './resolve';

/** Who an article speaks of and where: its countries, its people and institutions, and every mention of them resolved. */
export interface ArticlePeople {
  countries: Countries;
  entities: Entities;
  resolved: ResolvedMentions;
}

const lastNameWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);

export function readPeople(document: ArticleDocument): ArticlePeople {
  const narrative = document.narrative;
  const bodyStart = document.paragraphs[0]?.start ?? 0;
  const introductions = findIntroductions(narrative, document.sentences);
  // "Lorre’s trade minister": a possessor who is a person named in the article is not a country.
  const surnames = new Set(introductions.map((introduction) => surname(introduction.name)));
  const declared = introductions.map((introduction) => introduction.of ?? '').filter((of) => of && !surnames.has(of));
  const countries = new Countries(narrative, declared);
  // "…, chief executive of Voss Motorwerke, Yaldavia’s largest carmaker": a country is never a person, nor is a
  // name that ends in one ("the industry body Salmon Vessmark", "his Forward Brastova party").
  const entities = registerPeople(introductions.filter((introduction) => !countries.isCountry(introduction.name) && !countries.isCountry(lastNameWord(introduction.name))), countries);
  inferLeaderCountries(entities, countries);
  const personMentions = findPersonMentions(narrative, bodyStart, entities, countries);
  const institutionMentions = findInstitutionMentions(narrative, bodyStart, entities, countries, personMentions);
  const mentions = [...institutionMentions, ...personMentions.filter((mention) => !overlaps(institutionMentions, mention.start, mention.end))].sort((a, b) => a.start - b.start);
  return { countries, entities, resolved: resolveMentions(document, mentions, entities) };
}
