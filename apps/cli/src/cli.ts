import { evalCommand } from './commands/eval';
import { extractCommand } from './commands/extract';
import { ingestCommand } from './commands/ingest';
import { keysCommand } from './commands/keys';
import { UsageError, type CliIo, type Command } from './io';

const COMMANDS: readonly Command[] = [extractCommand, ingestCommand, evalCommand, keysCommand];

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
    'Run `parley COMMAND --help` for a command’s options.',
    '',
  ].join('\n');
}

/** Runs one command line; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(`parley: unknown command "${name}"\n\n${usage()}`);
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
      io.stderr.write(`parley ${command.name}: ${error.message}\n\n${command.help}`);
      return 2;
    }
    io.stderr.write(`parley ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
