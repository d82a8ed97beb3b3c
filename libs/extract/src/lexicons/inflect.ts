/** The forms of an English verb that report speech in running text. */
export interface VerbForms {
  root: string;
  past: string[];
  third: string;
  participle: string;
}

/** Written forms a verb does not build by rule: "said", "told", "labelled" beside "labeled". */
export interface IrregularForms {
  past?: string[];
  third?: string;
  participle?: string;
}

const VOWEL = /[aeiou]/;
const SIBILANT = /(?:s|sh|ch|x|z)$/;

function regularPast(root: string): string {
  if (root.endsWith('e')) return `${root}d`;
  if (/[^aeiou]y$/.test(root)) return `${root.slice(0, -1)}ied`;
  return `${root}ed`;
}

function regularThird(root: string): string {
  if (/[^aeiou]y$/.test(root)) return `${root.slice(0, -1)}ies`;
  return SIBILANT.test(root) ? `${root}es` : `${root}s`;
}

function regularParticiple(root: string): string {
  if (root.endsWith('e') && !root.endsWith('ee') && root.length > 2 && !VOWEL.test(root.slice(-2, -1))) return `${root.slice(0, -1)}ing`;
  if (root.endsWith('ue')) return `${root.slice(0, -1)}ing`;
  return `${root}ing`;
}

/** All forms of a verb root, by the regular rules unless the root's irregular forms say otherwise. */
export function inflect(root: string, irregular: IrregularForms = {}): VerbForms {
  return {
    root,
    past: irregular.past ?? [regularPast(root)],
    third: irregular.third ?? regularThird(root),
    participle: irregular.participle ?? regularParticiple(root),
  };
}
