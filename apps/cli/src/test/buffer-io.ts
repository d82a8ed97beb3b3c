import path from 'node:path';
import type { CliIo } from '../io';

/** The repository root, where commands run in tests. */
export const ROOT = path.resolve(__dirname, '../../../..');

/** Streams a command writes to, kept in strings; standard input as given. */
export function bufferIo(stdin = '', env: Record<string, string | undefined> = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text), isTTY: false },
    readStdin: async () => stdin,
    env,
    cwd: ROOT,
    out: () => out,
    err: () => err,
  };
}
