import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './generated/graphql-env';

/**
 * Writes Parley operations as GraphQL documents, typed from the committed `schema.graphql`:
 * a field the schema loses or changes fails the typecheck of every operation using it.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { Date: string; DateTime: string };
  disableMasking: true;
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
