/**
 * Wire-style articles made from templates with invented names, for benchmarks and
 * stress tests: quotes before and after attribution, pronouns, calls and tariffs.
 */
const FIRST = ['Anika', 'Bruno', 'Celia', 'Dario', 'Elin', 'Fabian', 'Greta', 'Hugo', 'Ilse', 'Jonas'];
const LAST = ['Varga', 'Morel', 'Quist', 'Dahl', 'Serrat', 'Lindqvist', 'Okafor', 'Brenner', 'Castel', 'Moro'];
const COUNTRIES = ['Ostrava', 'Belmora', 'Tirenia', 'Kazara', 'Luminia', 'Verdania'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function pick<T>(list: readonly T[], seed: number): T {
  return list[Math.abs(seed) % list.length] as T;
}

function paragraph(seed: number): string {
  const first = `${pick(FIRST, seed)} ${pick(LAST, seed * 7 + 3)}`;
  const other = `${pick(FIRST, seed + 5)} ${pick(LAST, seed * 3 + 1)}`;
  const country = pick(COUNTRIES, seed);
  const demonym = `${country}n`;
  const day = pick(DAYS, seed);
  const templates = [
    `Prime Minister ${first} of ${country} said on ${day} that the talks had been “useful but difficult,” and warned that ${country} would not wait forever.`,
    `“We have been patient for a long time. That patience has limits,” ${first.split(' ')[1]} said. “Nobody should test it.”`,
    `${demonym} President ${other} and ${first} spoke by phone on ${day}, according to a statement from the presidency.`,
    `The ${demonym} government threatened a ${10 + (seed % 30)}% tariff on imported steel from ${pick(COUNTRIES, seed + 1)} starting July 1.`,
    `“This is not the end of the matter,” she said, “but it is a start.”`,
    `Analysts said the dispute could drag on for months, with exporters on both sides bearing the cost.`,
  ];
  return templates[seed % templates.length] as string;
}

/** An article of about `words` words, the same for the same seed. */
export function generatedArticle(seed: number, words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let index = 0; count < words; index += 1) {
    const text = paragraph(seed * 31 + index);
    paragraphs.push(text);
    count += text.split(/\s+/).length;
  }
  return paragraphs.join('\n\n');
}
