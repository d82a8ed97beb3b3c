import { ConflictError, InputError, NotFoundError } from '@parley/db';
import { builder } from './builder';

/** Expected failures of a mutation, returned in its result union rather than as GraphQL errors. */
export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure: what went wrong, in words a client can show.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

builder.objectType(InputError, {
  name: 'ValidationError',
  description: 'An input value Parley refuses; `field` names it.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field at fault, e.g. "input.name".' }),
    problem: t.exposeString('problem'),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'Nothing has the ID the request names.',
  interfaces: [ErrorInterface],
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'The request contradicts what is already stored.',
  interfaces: [ErrorInterface],
});
