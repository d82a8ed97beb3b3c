export interface GraphSize {
  statements: number;
  people: number;
  leaders: number;
  /** Statements per call, on average; about half the statements are about a call. */
  statementsPerCall: number;
  statementsPerArticle: number;
}

export const SIZES = {
  S: { statements: 10_000, people: 1_000, leaders: 60, statementsPerCall: 20, statementsPerArticle: 10 },
  M: { statements: 100_000, people: 5_000, leaders: 300, statementsPerCall: 20, statementsPerArticle: 10 },
  L: { statements: 1_000_000, people: 5_000, leaders: 300, statementsPerCall: 20, statementsPerArticle: 10 },
} as const satisfies Record<string, GraphSize>;

export type SizeName = keyof typeof SIZES;

export function sizeNamed(name: string): SizeName {
  if (name in SIZES) return name as SizeName;
  throw new Error(`--size "${name}" is not one of ${Object.keys(SIZES).join(', ')}`);
}
