import type { ArticleInput } from '@parley/db';

/**
 * Wire-style articles about a fixed cast of invented leaders, varied enough that the
 * extractor and the graph writer do real work: new and recurring people, calls reported
 * more than once, quotes before and after their attribution, tariffs and retaliation.
 */
const COUNTRIES = ['Norland', 'Valdoria', 'Kestria', 'Marenthia', 'Ardenia', 'Eskara', 'Corvania', 'Drevnia', 'Aurelia', 'Castavia', 'Solmara', 'Kalevia', 'Tarvenia', 'Oskaria', 'Belmora', 'Quenland'];
const DEMONYMS = ['Norlandic', 'Valdorian', 'Kestrian', 'Marenthian', 'Ardenian', 'Eskaran', 'Corvanian', 'Drevnian', 'Aurelian', 'Castavian', 'Solmaran', 'Kalevian', 'Tarvenian', 'Oskarian', 'Belmoran', 'Quenlandic'];
const FIRST = ['Ana', 'Tomas', 'Oriel', 'Luka', 'Ines', 'Davor', 'Teodor', 'Keld', 'Nadia', 'Henrik', 'Viktor', 'Sofia', 'Julien', 'Rafael', 'Amaya', 'Oskar', 'Aldo', 'Ruth', 'Arvid', 'Noor'];
const LAST = ['Ruiz', 'Venn', 'Banford', 'Dravic', 'Korvald', 'Kessel', 'Maracz', 'Aransen', 'Veskova', 'Sollberg', 'Anselm', 'Albescu', 'Castaing', 'Doria', 'Irazu', 'Lindahl', 'Ferrante', 'Kalloway', 'Kessmer', 'Zaidan'];
const GOODS = ['steel', 'aluminium', 'grain', 'wine', 'solar panels', 'textiles', 'fish', 'machinery', 'fertiliser', 'car parts'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const QUOTES = [
  'We will not accept measures that punish our workers for the mistakes of others.',
  'The door to negotiation remains open, but patience is not unlimited.',
  'This is a fair response, proportionate and lawful.',
  'Our farmers deserve certainty, and they will have it.',
  'Talks were frank, and we agreed to keep talking.',
  'Nobody wins a trade war, least of all the families who pay for it.',
];

interface Leader {
  name: string;
  surname: string;
  country: number;
  title: 'Prime Minister' | 'President';
}

function pick<T>(items: readonly T[], index: number): T {
  return items[((index % items.length) + items.length) % items.length] as T;
}

function leader(index: number): Leader {
  const surname = pick(LAST, index);
  return { name: `${pick(FIRST, index * 7 + 3)} ${surname}`, surname, country: index % COUNTRIES.length, title: index % 2 === 0 ? 'Prime Minister' : 'President' };
}

function isoDay(start: Date, offset: number): string {
  return new Date(start.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Article `n` of a deterministic stream; about `words` words long. */
export function generateArticle(n: number, words = 600): ArticleInput {
  const a = leader(n % 40);
  const b = leader((n * 3 + 1) % 40 === n % 40 ? (n + 1) % 40 : (n * 3 + 1) % 40);
  const publishedAt = isoDay(new Date(Date.UTC(2024, 0, 1)), Math.floor(n / 3));
  const day = pick(WEEKDAYS, n);
  const goods = pick(GOODS, n);
  const rate = 10 + (n % 5) * 5;
  const aCountry = pick(COUNTRIES, a.country);
  const bDemonym = pick(DEMONYMS, b.country);
  const paragraphs = [
    `${a.title} ${a.name} of ${aCountry} said on ${day} that her government would impose a ${rate}% tariff on ${bDemonym} ${goods}, effective July 1, unless talks produced a deal.`,
    `“${pick(QUOTES, n)}” ${a.surname} told reporters in the capital.`,
    `The two leaders spoke by phone on ${day}. ${b.title} ${b.name} of ${pick(COUNTRIES, b.country)} called ${a.surname} to explain his position, according to a statement from his office.`,
    `“${pick(QUOTES, n + 1)}” ${b.surname} said in the statement.`,
    `Trade between the two countries was worth about ${100 + ((n * 37) % 900)} million euros last year, according to officials, and fell by ${1 + (n % 17)}% in the first quarter.`,
    `${a.surname} said the conversation had been “${n % 2 === 0 ? 'frank and useful' : 'difficult but necessary'}” and that officials would meet again next week.`,
  ];
  let text = paragraphs.join('\n\n');
  let filler = 0;
  while (text.split(/\s+/).length < words) {
    text += `\n\nAnalysts said the dispute over ${pick(GOODS, n + filler)} had deepened in recent months, with exporters on both sides warning of lost orders, idle plants and higher prices for households already squeezed by inflation, and with neither government willing to be seen to give ground first.`;
    filler += 1;
  }
  return { text: `${text}\n`, publishedAt, url: `https://news.example/${n}` };
}
