import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { parseGlobalId } from './global-ids';
import { badInput } from './inputs';

/** Checks one argument value, naming it by its path (`filter.participants[0].id`) when it is wrong. */
type ValueCheck = (value: unknown, path: string) => void;

interface Rules {
  nodeTypes: ReadonlySet<string>;
}

function checkText(value: unknown, path: string): void {
  if (typeof value === 'string' && !value.isWellFormed()) {
    throw badInput(path, 'contains a lone UTF-16 surrogate (malformed Unicode); send well-formed text');
  }
}

function checkId(rules: Rules) {
  return (value: unknown, path: string): void => {
    if (typeof value !== 'string') return;
    const parsed = parseGlobalId(value);
    if (!parsed || !rules.nodeTypes.has(parsed.typename)) {
      throw badInput(path, `"${value}" is not a Parley ID; use the "id" of a ${[...rules.nodeTypes].sort().join(', ')}`);
    }
  };
}

/** A check for values of this input type, or null when nothing in it needs one. */
function checkFor(type: GraphQLInputType, rules: Rules, seen: Map<string, ValueCheck | null>): ValueCheck | null {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = checkFor(nullable.ofType as GraphQLInputType, rules, seen);
    if (!item) return null;
    return (value, path) => {
      if (Array.isArray(value)) value.forEach((entry, index) => item(entry, `${path}[${index}]`));
    };
  }
  if (isScalarType(nullable)) {
    if (nullable.name === 'ID') return checkId(rules);
    return nullable.name === 'String' ? checkText : null;
  }
  if (!isInputObjectType(nullable)) return null;
  if (seen.has(nullable.name)) return (value, path) => seen.get(nullable.name)?.(value, path);
  seen.set(nullable.name, null);
  const fields = Object.values(nullable.getFields()).flatMap((field) => {
    const check = checkFor(field.type, rules, seen);
    return check ? [{ name: field.name, check }] : [];
  });
  const check: ValueCheck | null =
    fields.length === 0
      ? null
      : (value, path) => {
          if (typeof value !== 'object' || value === null) return;
          for (const field of fields) {
            const entry = (value as Record<string, unknown>)[field.name];
            if (entry !== null && entry !== undefined) field.check(entry, `${path}.${field.name}`);
          }
        };
  seen.set(nullable.name, check);
  return check;
}

/**
 * Every argument is checked before its field resolves: global IDs must be IDs Parley
 * issued for one of its node types, and text must be well-formed Unicode. A wrong value is
 * an error naming the argument, never an unexpected failure deeper down. Applied to the
 * built schema, so a field added later is covered too.
 */
export function checkArgumentValues(schema: GraphQLSchema): GraphQLSchema {
  const node = schema.getType('Node');
  const nodeTypes = new Set(isInterfaceType(node) ? schema.getPossibleTypes(node).map((type) => type.name) : []);
  const rules: Rules = { nodeTypes };
  const seen = new Map<string, ValueCheck | null>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const checks = field.args.flatMap((arg) => {
        const check = checkFor(arg.type, rules, seen);
        return check ? [{ name: arg.name, check }] : [];
      });
      if (checks.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        for (const { name, check } of checks) {
          const value = args[name];
          if (value !== null && value !== undefined) check(value, name);
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
