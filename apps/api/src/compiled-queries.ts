import {
  getNamedType,
  getOperationAST,
  isAbstractType,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/**
 * Whether a document may reach an object type with an `isTypeOf` check (a type whose
 * authorization runs per object): graphql-jit calls that check without the request's context,
 * so such documents are left to graphql-js.
 */
function reachesIsTypeOf(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  const checked = (type: GraphQLNamedType | null | undefined): boolean => {
    if (!type) return false;
    if (isObjectType(type)) return typeof type.isTypeOf === 'function';
    return isAbstractType(type) && schema.getPossibleTypes(type).some((possible) => typeof possible.isTypeOf === 'function');
  };
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: () => {
        const type = typeInfo.getType();
        if (type && checked(getNamedType(type))) found = true;
      },
      InlineFragment: () => {
        if (checked(typeInfo.getType() as GraphQLNamedType | null)) found = true;
      },
      FragmentDefinition: () => {
        if (checked(typeInfo.getType() as GraphQLNamedType | null)) found = true;
      },
    }),
  );
  return found;
}

/**
 * Runs each query document through a function compiled for it by graphql-jit, instead of
 * graphql-js walking the document on every request. Yoga's parser cache hands back the same
 * document for the same text, so the compiled function is kept beside that document and lives
 * as long as it stays cached. Mutations and subscriptions run as usual, and so does a request
 * whose variables do not fit (before any resolver runs), so that it gets the usual 400.
 */
export function useCompiledQueries(schema: GraphQLSchema): Plugin {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiledFor = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let byOperation = compiled.get(document);
    if (!byOperation) {
      byOperation = new Map();
      compiled.set(document, byOperation);
    }
    const key = operationName ?? '';
    if (byOperation.has(key)) return byOperation.get(key) ?? null;
    const result = reachesIsTypeOf(schema, document) ? null : compileQuery(schema, document, operationName);
    const query = result && isCompiledQuery(result) ? result : null;
    byOperation.set(key, query);
    return query;
  };
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (args.schema !== schema || getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      const query = compiledFor(args.document, args.operationName ?? undefined);
      if (!query) return;
      setExecuteFn(async (execution) => {
        const result = (await query.query(execution.rootValue, execution.contextValue, execution.variableValues)) as ExecutionResult;
        return result.data === undefined && result.errors ? executeFn(execution) : result;
      });
    },
  };
}
