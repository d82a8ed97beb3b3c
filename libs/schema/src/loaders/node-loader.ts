/**
 * Options of a Prisma node type that make `node(id)` and `nodes(ids)` read its rows with
 * `load`, in one call for every id of the type asked at once, instead of one Prisma query
 * each. Pothos's relay plugin takes `loadMany` from a node type's own options before the
 * Prisma plugin's loader; the Prisma plugin's option types do not list it, hence the spread.
 * Fields that select relations load them themselves, as they do under any list.
 */
export function nodeLoader<Row>(load: (ids: number[]) => Promise<Array<Row | null>>): object {
  return {
    loadMany: async (ids: readonly string[]) => {
      const numbers = ids.map(Number);
      const valid = numbers.filter((id) => Number.isSafeInteger(id) && id > 0);
      const rows = new Map<number, Row | null>();
      const loaded = await load(valid);
      valid.forEach((id, index) => rows.set(id, loaded[index] ?? null));
      return numbers.map((id) => rows.get(id) ?? null);
    },
  };
}
