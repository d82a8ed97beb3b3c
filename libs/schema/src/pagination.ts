import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * Every connection refuses pages larger than the maximum with an error that names the
 * argument, rather than serving a page silently cut short. Applied to the built schema,
 * so that no connection can be added without it.
 */
export function limitPageSizes(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const sizeArgs = field.args.filter((arg) => arg.name === 'first' || arg.name === 'last').map((arg) => arg.name);
      if (sizeArgs.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        for (const name of sizeArgs) {
          const size = args[name];
          if (typeof size === 'number' && size > MAX_PAGE_SIZE) {
            throw new GraphQLError(`Argument "${name}" must not exceed ${MAX_PAGE_SIZE} (got ${size}); page through the rest with "after".`, {
              extensions: { code: 'BAD_USER_INPUT', argument: name },
            });
          }
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
