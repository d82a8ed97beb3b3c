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

/**
 * The database could not take the work now, and nothing of it was written: the same
 * request succeeds when retried. `code` is what API clients see in `extensions.code`.
 */
export class DatabaseRetryableError extends Error {
  constructor(
    readonly code: 'DATABASE_BUSY' | 'DATABASE_UNAVAILABLE',
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(`${code}: ${message}`);
    this.name = 'DatabaseRetryableError';
  }
}

export function databaseBusy(detail: string): DatabaseRetryableError {
  return new DatabaseRetryableError('DATABASE_BUSY', `${detail}; nothing was written, retry in a few seconds.`, 2);
}

export function databaseUnavailable(detail: string): DatabaseRetryableError {
  return new DatabaseRetryableError('DATABASE_UNAVAILABLE', `the database cannot be reached (${detail}); nothing was written, retry shortly.`, 5);
}

/** Something a request names by id does not exist. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** A request that contradicts what is already stored, such as revoking a key twice. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}
