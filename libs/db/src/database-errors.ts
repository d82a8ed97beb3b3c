import { databaseBusy, databaseUnavailable, DatabaseRetryableError } from './errors';

interface PrismaLikeError {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: string; code?: string; originalCode?: string } } };
  cause?: unknown;
}

/** Prisma's codes for a connection that cannot be opened or was lost. */
const UNREACHABLE_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2037']);
/** PostgreSQL's SQLSTATEs for a server going away or not yet up (57P0x), or a broken connection (08xxx). */
const UNAVAILABLE_SQLSTATE = /^(57P0[123]|08...)$/;
const UNAVAILABLE_MESSAGE =
  /Connection terminated|ECONNREFUSED|ECONNRESET|Can't reach database server|Server has closed the connection|database system is (starting up|shutting down|in recovery mode)|terminating connection|timeout exceeded when trying to connect|Connection is not open/i;

function sqlstateOf(error: PrismaLikeError): string | undefined {
  const cause = error.meta?.driverAdapterError?.cause;
  const fromMessage = typeof error.message === 'string' ? /Code: `([0-9A-Z]{5})`/.exec(error.message)?.[1] : undefined;
  return cause?.code ?? cause?.originalCode ?? fromMessage;
}

/** Whether a transaction lost a race with another (serialization failure or deadlock) and may simply be rerun. */
export function isWriteConflict(error: unknown): boolean {
  const candidate = error as PrismaLikeError;
  if (candidate?.code === 'P2034') return true;
  const state = sqlstateOf(candidate ?? {});
  return state === '40001' || state === '40P01';
}

/**
 * The clear, retryable error behind a database failure, or null when the failure is not
 * about reaching the database or waiting for it.
 */
export function retryableDatabaseError(error: unknown): DatabaseRetryableError | null {
  if (error instanceof DatabaseRetryableError) return error;
  if (!error || typeof error !== 'object') return null;
  const candidate = error as PrismaLikeError;
  const message = typeof candidate.message === 'string' ? candidate.message : '';
  const state = sqlstateOf(candidate);
  if (state === '57014') return databaseBusy('a database statement ran past DATABASE_STATEMENT_TIMEOUT_MS and was cancelled');
  if (state === '55P03') return databaseBusy('the write waited past DATABASE_BUSY_TIMEOUT_MS for its turn to change the graph');
  if (isWriteConflict(candidate)) return databaseBusy('the write kept colliding with concurrent writes');
  // P1008: an operation timed out, as a SQLite write outside a transaction does when the lock stays taken.
  if (candidate.code === 'P1008') return databaseBusy('the database did not answer in time');
  if ((typeof candidate.code === 'string' && UNREACHABLE_CODES.has(candidate.code)) || (state && UNAVAILABLE_SQLSTATE.test(state)) || UNAVAILABLE_MESSAGE.test(message)) {
    return databaseUnavailable(message.split('\n').map((line) => line.trim()).filter(Boolean).at(-1) ?? 'connection lost');
  }
  return candidate.cause ? retryableDatabaseError(candidate.cause) : null;
}
