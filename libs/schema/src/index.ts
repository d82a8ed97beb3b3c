import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder';
import './types/enums';
import './types/person';
import './types/country';
import './types/call';
import './types/statement';
import './types/statements-query';
import './types/policy-action';
import './types/article';
import './types/ingest';
import './types/retract';
import './error-types';
import './types/api-key';
import './types/live-updates';

export type { Caller, ParleyContext } from './context';
export { forbidden, unauthenticated } from './auth-errors';
export { createGraphEvents, type GraphEvents } from './graph-events';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';
import { checkArgumentValues } from './argument-values';
import { checkConnectionArguments } from './pagination';

export const schema = checkArgumentValues(checkConnectionArguments(builder.toSchema()));

/** The schema in SDL, sorted so that the committed `schema.graphql` changes only when the API does. */
export function printParleySchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
