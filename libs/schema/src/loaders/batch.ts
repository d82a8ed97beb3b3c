interface Waiting<Value> {
  resolve(value: Value): void;
  reject(error: unknown): void;
}

/**
 * Gathers the keys asked for while GraphQL resolves one level of a query (every parent of a
 * list asks in the same turn), then loads them all with one call.
 */
export class Batch<Value> {
  readonly #waiting = new Map<number, Array<Waiting<Value>>>();
  #scheduled = false;

  constructor(
    private readonly loadAll: (keys: number[]) => Promise<Map<number, Value>>,
    private readonly missing: () => Value,
  ) {}

  load(key: number): Promise<Value> {
    return new Promise<Value>((resolve, reject) => {
      const waiting = this.#waiting.get(key);
      if (waiting) waiting.push({ resolve, reject });
      else this.#waiting.set(key, [{ resolve, reject }]);
      if (!this.#scheduled) {
        this.#scheduled = true;
        // After the promise jobs already queued, so that sibling resolvers join this batch.
        void Promise.resolve().then(() => process.nextTick(() => void this.#dispatch()));
      }
    });
  }

  async #dispatch(): Promise<void> {
    const batch = new Map(this.#waiting);
    this.#waiting.clear();
    this.#scheduled = false;
    try {
      const values = await this.loadAll([...batch.keys()]);
      for (const [key, waiting] of batch) for (const { resolve } of waiting) resolve(values.get(key) ?? this.missing());
    } catch (error) {
      for (const waiting of batch.values()) for (const { reject } of waiting) reject(error);
    }
  }
}

const batchesByRequest = new WeakMap<object, Map<string, Batch<unknown>>>();

/**
 * The request's batch for one relation and one set of arguments, created on first use:
 * batches live as long as the request's context and are never shared between requests.
 */
export function batchFor<Value>(context: object, key: string, create: () => Batch<Value>): Batch<Value> {
  let batches = batchesByRequest.get(context);
  if (!batches) {
    batches = new Map();
    batchesByRequest.set(context, batches);
  }
  let batch = batches.get(key) as Batch<Value> | undefined;
  if (!batch) {
    batch = create();
    batches.set(key, batch as Batch<unknown>);
  }
  return batch;
}
