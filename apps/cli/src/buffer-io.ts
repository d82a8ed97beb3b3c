import path from 'node:path';
import type { CliIo } from './io';

/** The workspace: commands in tests run from here, as a user's would. */
export const WORKSPACE = path.resolve(__dirname, '../../..');

/** A CliIo that records what a command prints, fed `stdin` as its standard input. */
export function bufferIo(stdin: string | Uint8Array = '', options: { cwd?: string; env?: CliIo['env']; terminal?: boolean } = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text), isTTY: options.terminal ?? false },
    readStdin: async () => stdin,
    stdinIsTerminal: options.terminal ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? WORKSPACE,
    out: () => out,
    err: () => err,
  };
}
