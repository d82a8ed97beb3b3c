import type { ArticleInput } from '@parley/db';
import { Random } from './random';
import { makeQuote, makeVocabulary } from './vocabulary';

const SYLLABLES = ['ka', 'lo', 'mer', 'tin', 'sa', 'vo', 'ren', 'dal', 'fe', 'nor', 'bi', 'lum', 'tor', 'pa', 'gri', 'sol', 'mi', 'ran'];
const COUNTRIES = ['Norland', 'Valdoria', 'Kestria', 'Marenthia', 'Ardenia', 'Eskara', 'Corvania', 'Drevnia', 'Aurelia', 'Castavia'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

const capitalised = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

/** A made-up word of three syllables spelling `n` in base 18: distinct for each n below 5,832. */
function syllableWord(n: number): string {
  const count = SYLLABLES.length;
  return `${SYLLABLES[n % count]}${SYLLABLES[Math.floor(n / count) % count]}${SYLLABLES[Math.floor(n / count ** 2) % count]}`;
}

/** The n-th person of the article stream: a distinct first name and surname pair for every n below 34 million. */
function personAt(n: number): { name: string; surname: string } {
  const surname = capitalised(syllableWord(n % 5832));
  return { name: `${capitalised(syllableWord(Math.floor(n / 5832) % 5832))}a ${surname}`, surname };
}

/**
 * Article `n` of a deterministic stream of short wire reports, each about two people no
 * earlier article named, their call and what each said, in words drawn afresh: ingesting
 * the stream grows the graph by two people, a call and two statements per article.
 */
export function generatedArticle(n: number): ArticleInput {
  const random = new Random(1_000_003 + n);
  const vocabulary = makeVocabulary(random, 400);
  const a = personAt(2 * n);
  const b = personAt(2 * n + 1);
  const day = WEEKDAYS[n % WEEKDAYS.length] ?? 'Monday';
  const publishedAt = new Date(Date.UTC(2026, 0, 1) + Math.floor(n / 50) * 86_400_000).toISOString().slice(0, 10);
  const text = [
    `Prime Minister ${a.name} of ${COUNTRIES[n % COUNTRIES.length]} and President ${b.name} of ${COUNTRIES[(n + 3) % COUNTRIES.length]} spoke by phone on ${day}, officials in both capitals said.`,
    `“${makeQuote(random, vocabulary).text}” ${a.surname} told reporters after the call.`,
    `“${makeQuote(random, vocabulary).text}” ${b.surname} said in a statement.`,
  ].join('\n\n');
  return { text: `${text}\n`, publishedAt, url: `https://wire.example/${n}` };
}
