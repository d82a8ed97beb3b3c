import path from 'node:path';
import { redactPassword } from '@parley/db';
import type { CliIo } from './io';

/** The workspace folder: the default database lives here, wherever the command is run from. */
const WORKSPACE_DIR = path.resolve(__dirname, '../../..');

export interface ChosenDatabase {
  url: string;
  /** Where it is, for the user: an absolute path, or the URL without its password. */
  location: string;
  /** Said when the location depends on the folder the command was run from. */
  note: string | null;
}

/**
 * The database a command opens: `--database`, else `DATABASE_URL`, else `parley.db` in
 * the workspace. A relative `file:` URL is resolved against the working directory, and
 * the note says so.
 */
export function chooseDatabase(option: string | boolean | undefined, io: CliIo): ChosenDatabase {
  const given = (typeof option === 'string' ? option : io.env['DATABASE_URL'])?.trim();
  const from = typeof option === 'string' ? '--database' : 'DATABASE_URL';
  if (!given) {
    const file = path.join(WORKSPACE_DIR, 'parley.db');
    return { url: `file:${file}`, location: file, note: null };
  }
  if (given === ':memory:' || given === 'file::memory:') return { url: given, location: 'an in-memory database', note: null };
  if (!given.startsWith('file:')) return { url: given, location: redactPassword(given), note: null };
  const file = given.slice('file:'.length);
  if (path.isAbsolute(file)) return { url: given, location: file, note: null };
  const absolute = path.resolve(io.cwd, file);
  return { url: `file:${absolute}`, location: absolute, note: `${from} is relative: resolved against the working directory ${io.cwd}` };
}

/** The line a command that wrote prints last. */
export function describeDatabase(database: ChosenDatabase): string {
  return `Database: ${database.location}${database.note ? ` (${database.note})` : ''}\n`;
}
