import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articlesCommand } from './commands/articles';
import { evalCommand } from './commands/eval';
import { exportCommand } from './commands/export';
import { extractCommand } from './commands/extract';
import { ingestCommand } from './commands/ingest';
import { didYouMean } from './did-you-mean';
import { keysCommand } from './commands/keys';
import { UsageError, type CliIo, type Command } from './io';
import { styleFor } from './style';

const COMMANDS: readonly Command[] = [extractCommand, ingestCommand, articlesCommand, exportCommand, evalCommand, keysCommand];

function version(): string {
  const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: parley COMMAND [options]',
    '',
    'Parley reads news articles into a graph of leaders, their calls and meetings, what they',
    'said and the policy actions they announced.',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    '  -h, --help     show this help',
    '  -V, --version  print the version',
    '',
    'Run `parley COMMAND --help` for a command’s options.',
    '',
  ].join('\n');
}

/** Runs one command line; returns the exit code: 0 done, 1 something failed, 2 a usage mistake. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const style = styleFor(io.stderr, io.env);
  const [name, ...args] = argv;
  if (!name) {
    io.stderr.write(usage());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`parley ${version()}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    const mistake = name.startsWith('-') ? `unknown option ${name}${didYouMean(name, ['--help', '--version'])}` : `unknown command "${name}"${didYouMean(name, COMMANDS.map((candidate) => candidate.name))}`;
    io.stderr.write(`${style.error('parley:')} ${mistake}; see parley --help\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(command.help);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${style.error(`parley ${command.name}:`)} ${error.message}; see parley ${command.name} --help\n`);
      return 2;
    }
    io.stderr.write(`${style.error(`parley ${command.name}:`)} ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
