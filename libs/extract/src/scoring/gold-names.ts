import { nameKey, type ExtractedPerson } from '@parley/domain';

/**
 * The names under which gold people may be predicted: a person's canonical name or any
 * of its aliases, compared by name key.
 */
export class GoldNames {
  private readonly canonicalByKey = new Map<string, string>();

  constructor(people: readonly ExtractedPerson[]) {
    for (const person of people) {
      const canonical = nameKey(person.name);
      this.canonicalByKey.set(canonical, canonical);
      for (const alias of person.aliases ?? []) {
        const key = nameKey(alias);
        if (!this.canonicalByKey.has(key)) this.canonicalByKey.set(key, canonical);
      }
    }
  }

  /** The canonical key a name stands for, or its own key when no gold person carries it. */
  canonical(name: string): string {
    const key = nameKey(name);
    return this.canonicalByKey.get(key) ?? key;
  }

  /** Whether a predicted speaker names the gold speaker (null only matches null). */
  sameSpeaker(predicted: string | null, gold: string | null): boolean {
    if (predicted === null || gold === null) return predicted === gold;
    return this.canonical(predicted) === this.canonical(gold);
  }

  participantSet(names: readonly string[]): string {
    return [...new Set(names.map((name) => this.canonical(name)))].sort().join('|');
  }
}
