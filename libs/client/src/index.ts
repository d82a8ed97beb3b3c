export { createParleyClient, request, type ParleyClientOptions } from './client';
export { ParleyApiError, type ParleyErrorDetail } from './errors';
export { graphql, type FragmentOf, type ResultOf, type VariablesOf } from './graphql';
export * from './operations/action';
export * from './operations/article';
export * from './operations/events';
export * from './operations/fragments';
export * from './operations/home';
export * from './operations/person';
