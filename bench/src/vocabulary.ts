import type { Random } from './random';

const POLICY_WORDS = [
  'tariffs', 'trade', 'security', 'relationship', 'negotiations', 'economy', 'workers', 'border', 'steel', 'vehicles',
  'aluminum', 'retaliation', 'agreement', 'partners', 'sovereignty', 'jobs', 'energy', 'defence', 'sanctions', 'exports',
];
const SYLLABLES = ['ka', 'lo', 'mer', 'tin', 'sa', 'vo', 'ren', 'dal', 'qu', 'fe', 'nor', 'bi', 'xe', 'lum', 'tor', 'pa', 'gri', 'sol'];

/** Words for generated quotes: a few policy words and thousands of rarer made-up ones, Zipf-like. */
export function makeVocabulary(random: Random, size = 3000): string[] {
  const words = new Set(POLICY_WORDS);
  while (words.size < size) {
    const length = 2 + random.int(3);
    let word = '';
    for (let i = 0; i < length; i += 1) word += random.pick(SYLLABLES);
    words.add(word);
  }
  return [...words];
}

export interface Quote {
  text: string;
  /** `quoteKey(text)`, known without computing it: the words are lower-case letters only. */
  key: string;
}

export function makeQuote(random: Random, vocabulary: readonly string[]): Quote {
  const length = 8 + random.int(14);
  const words: string[] = [];
  for (let i = 0; i < length; i += 1) words.push(vocabulary[random.skewed(vocabulary.length, 2)] ?? 'trade');
  const key = words.join(' ');
  return { text: `${key.charAt(0).toUpperCase()}${key.slice(1)}.`, key };
}

const FIRST_NAMES = [
  'Mark', 'Donald', 'Pierre', 'Ursula', 'Emmanuel', 'Olaf', 'Giorgia', 'Keir', 'Justin', 'Claudia', 'Luiz', 'Narendra', 'Anthony',
  'Fumio', 'Pedro', 'Mette', 'Ulf', 'Petteri', 'Jonas', 'Kaja', 'Viktor', 'Robert', 'Leo', 'Micheal', 'Andrej', 'Gitanas', 'Edgars',
  'Alar', 'Nikos', 'Kyriakos', 'Xavier', 'Luc', 'Simon', 'Katrin', 'Karl', 'Maia', 'Ada', 'Hana', 'Ines', 'Omar', 'Yusuf', 'Amina',
  'Tariq', 'Sofia', 'Mateo', 'Lucia', 'Diego', 'Rosa', 'Ivan', 'Olga', 'Pavel', 'Nadia', 'Ken', 'Yuki', 'Min', 'Jae', 'Anil', 'Priya',
  'Samir', 'Leila',
];
const SURNAMES = Array.from({ length: 100 }, (_, index) => {
  const roots = ['Carn', 'Trum', 'Poil', 'Mar', 'Sch', 'Mel', 'Star', 'Trud', 'Shein', 'Lul', 'Mod', 'Alban', 'Kish', 'Sanch', 'Fred'];
  const ends = ['ey', 'ow', 'ievre', 'ini', 'olz', 'oni', 'mer', 'eau', 'baum', 'a', 'i', 'ese', 'ida', 'ez', 'riksen'];
  return `${roots[index % roots.length]}${ends[Math.floor(index / roots.length) % ends.length]}${index >= 90 ? 'son' : ''}`;
});

/** The n-th generated person's name: unique for the first 6,000. */
export function personName(n: number): string {
  return `${FIRST_NAMES[n % FIRST_NAMES.length]} ${SURNAMES[Math.floor(n / FIRST_NAMES.length) % SURNAMES.length]}${n >= 6000 ? ` ${n}` : ''}`;
}
