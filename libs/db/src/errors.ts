/**
 * Input that Parley refuses, with the field at fault and what is wrong with it. The API
 * shows these messages to clients; any other error is unexpected and masked.
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

/** Something a request names by id does not exist. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** A request that contradicts what is already stored, such as revoking a key twice. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}
