import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import { decodeCursor, decodeIdCursor } from './cursors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function badArgument(name: string, problem: string): GraphQLError {
  return new GraphQLError(`Argument "${name}" ${problem}`, { extensions: { code: 'BAD_USER_INPUT', argument: name } });
}

const notACursor = (name: string, cursor: string) =>
  badArgument(name, `is not a cursor of this connection: pass the "cursor" of an edge or "pageInfo.endCursor" (got "${cursor}").`);

/** The row id inside a cursor Parley issued for a list ordered by id; anything else is an argument error. */
export function cursorRowId(cursor: string, name: string): number {
  try {
    return decodeIdCursor(cursor);
  } catch {
    throw notACursor(name, cursor);
  }
}

/** The sort key inside a cursor Parley issued for a keyset-ordered list, checked by `read`; anything else is an argument error. */
export function cursorTuple<Key>(cursor: string, name: string, read: (parts: unknown[]) => Key | null): Key {
  let parts: unknown;
  try {
    parts = decodeCursor(cursor);
  } catch {
    throw notACursor(name, cursor);
  }
  const key = Array.isArray(parts) ? read(parts) : null;
  if (key === null) throw notACursor(name, cursor);
  return key;
}

function checkConnectionArgs(args: Record<string, unknown>): void {
  for (const name of ['first', 'last']) {
    const size = args[name];
    if (typeof size === 'number' && size > MAX_PAGE_SIZE) {
      throw badArgument(name, `must not exceed ${MAX_PAGE_SIZE} (got ${size}); page through the rest with "after".`);
    }
  }
  for (const name of ['after', 'before']) {
    const cursor = args[name];
    if (typeof cursor !== 'string') continue;
    try {
      decodeCursor(cursor);
    } catch {
      throw notACursor(name, cursor);
    }
  }
}

/**
 * Every connection refuses pages larger than the maximum and cursors it did not issue,
 * with an error that names the argument, rather than serving a page silently cut short.
 * Applied to the built schema, so that no connection can be added without it.
 */
export function checkConnectionArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((arg) => arg.name === 'first')) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        checkConnectionArgs(args);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
