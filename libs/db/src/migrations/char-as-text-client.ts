import pg from 'pg';

/** PostgreSQL's one-byte `"char"` type, which the catalog uses for kinds and flags. */
const CHAR_OID = 18;
const TEXT_OID = 25;

type Result = { fields?: Array<{ dataTypeID: number }> };
type Callback = (error: Error | null, result: Result) => void;

function asText<T extends Result>(result: T): T {
  for (const field of result?.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  return result;
}

/**
 * A pg client that reports `"char"` columns as text. The schema engine reads the catalog
 * (`pg_class.relkind`, `pg_attribute.attidentity` …) through the driver adapter, which has
 * no column type for `"char"`; its values already arrive as one-letter strings.
 */
export class CharAsTextClient extends pg.Client {
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === 'function') {
      const callback = last as Callback;
      args[args.length - 1] = ((error, result) => callback(error, error ? result : asText(result))) satisfies Callback;
    }
    const returned = (super.query as (...given: unknown[]) => unknown)(...args);
    return (returned instanceof Promise ? returned.then((result: Result) => asText(result)) : returned) as never;
  }
}
