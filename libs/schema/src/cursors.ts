import { decodeBase64 } from '@pothos/core';

/** Cursors Parley hands out: Pothos' Prisma cursors, base64 of `GPC:` and a tagged value. */
const CURSOR_PREFIX = 'GPC:';
const FINITE_NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?(e[+-]?[0-9]+)?$/;
const INTEGER = /^-?(0|[1-9][0-9]*)$/;

export class CursorError extends Error {
  override readonly name = 'CursorError';
}

function decodeChunk(chunk: unknown): unknown {
  if (typeof chunk !== 'string' || chunk[1] !== ':') throw new CursorError('not a tagged value');
  const tag = chunk[0];
  const payload = chunk.slice(2);
  switch (tag) {
    case 'N': {
      const value = Number(payload);
      if (!FINITE_NUMBER.test(payload) || !Number.isFinite(value) || String(value) !== payload) throw new CursorError(`"${payload}" is not a number`);
      return value;
    }
    case 'I':
      if (!INTEGER.test(payload)) throw new CursorError(`"${payload}" is not an integer`);
      return BigInt(payload);
    case 'D': {
      const time = Number(payload);
      if (!INTEGER.test(payload) || Number.isNaN(new Date(time).getTime())) throw new CursorError(`"${payload}" is not a date`);
      return new Date(time);
    }
    case 'S':
      return payload;
    case 'Z':
      if (payload !== '') throw new CursorError('holds a value after null');
      return null;
    case 'T':
      return decodeTuple(payload);
    default:
      throw new CursorError(`"${tag}" is not a kind of cursor value Parley issues`);
  }
}

function decodeTuple(payload: string): unknown[] {
  let parts: unknown;
  try {
    parts = JSON.parse(payload);
  } catch {
    throw new CursorError('holds malformed JSON');
  }
  if (!Array.isArray(parts) || parts.length === 0) throw new CursorError('is not a list of values');
  return parts.map((part) => (part === null ? null : decodeChunk(part)));
}

/**
 * The value a cursor points after, decoded strictly: base64 of `GPC:` and a tagged value
 * as Pothos writes them (`N:12`, `S:text`, `D:1743120000000`, `T:[…]`). Anything else,
 * including numbers that do not survive the trip (`N:abc`, `N:1e400`), is a CursorError
 * saying what is wrong; the caller names the argument.
 */
export function decodeCursor(cursor: string): unknown {
  let decoded: string;
  try {
    decoded = decodeBase64(cursor);
  } catch {
    throw new CursorError('is not base64');
  }
  if (!decoded.startsWith(CURSOR_PREFIX)) throw new CursorError('is not a Parley cursor');
  return decodeChunk(decoded.slice(CURSOR_PREFIX.length));
}

/** The row id a connection ordered by id hands out as its cursor; a CursorError for anything else. */
export function decodeIdCursor(cursor: string): number {
  const value = decodeCursor(cursor);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) throw new CursorError('does not point at a row of this connection');
  return value;
}
