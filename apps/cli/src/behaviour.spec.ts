import path from 'node:path';
import { bufferIo, WORKSPACE } from './buffer-io';
import { runCli } from './cli';
import { chooseDatabase } from './database';

describe('a usage mistake', () => {
  it('is one line on stderr naming the mistake, with a did-you-mean and exit code 2', async () => {
    const cases: Array<[string[], string]> = [
      [['ingset'], 'parley: unknown command "ingset" (did you mean ingest?); see parley --help\n'],
      [['ingest', '--publishd', '2025-03-28', 'a.txt'], 'parley ingest: unknown option --publishd (did you mean --published?); see parley ingest --help\n'],
      [['ingest', 'a.txt', '--published'], 'parley ingest: --published needs a value; see parley ingest --help\n'],
      [['export', 'statments'], 'parley export: cannot export "statments" (did you mean statements?): choose statements, calls, people, actions; see parley export --help\n'],
      [['export', 'calls', '--format', 'xml'], 'parley export: --format "xml" is not one of csv, jsonl; see parley export --help\n'],
      [['export', 'calls', '--from', '2025-04-01', '--to', '2025-03-01'], 'parley export: --from 2025-04-01 is after --to 2025-03-01; see parley export --help\n'],
      [['articles', 'delte', '3'], 'parley articles: unknown action "delte" (did you mean delete?); see parley articles --help\n'],
      [['--verison'], 'parley: unknown option --verison (did you mean --version?); see parley --help\n'],
    ];
    for (const [argv, message] of cases) {
      const io = bufferIo();
      expect(await runCli(argv, io)).toBe(2);
      expect(io.err()).toBe(message);
      expect(io.out()).toBe('');
    }
  });

  it('bare `parley` lists the commands on stderr with exit code 2; --help on stdout with 0', async () => {
    const bare = bufferIo();
    expect(await runCli([], bare)).toBe(2);
    expect(bare.out()).toBe('');
    expect(bare.err()).toMatch(/^Usage: parley COMMAND/);
    const help = bufferIo();
    expect(await runCli(['--help'], help)).toBe(0);
    expect(help.out()).toMatch(/^Usage: parley COMMAND/);
  });
});

describe('parley --version', () => {
  it('prints the version of the package', async () => {
    const io = bufferIo();
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.out()).toMatch(/^parley \d+\.\d+\.\d+\n$/);
  });
});

describe('colours', () => {
  it('colour errors on a terminal, and never with NO_COLOR or off a terminal', async () => {
    const terminal = bufferIo('', { terminal: true });
    await runCli(['ingset'], terminal);
    expect(terminal.err()).toBe('\x1b[31mparley:\x1b[39m unknown command "ingset" (did you mean ingest?); see parley --help\n');
    for (const io of [bufferIo('', { terminal: true, env: { NO_COLOR: '1' } }), bufferIo()]) {
      await runCli(['ingset'], io);
      expect(io.err()).toBe('parley: unknown command "ingset" (did you mean ingest?); see parley --help\n');
    }
  });
});

describe('reading standard input on a terminal', () => {
  it('says that it waits for the article', async () => {
    const io = bufferIo('Ruiz said “yes”.', { terminal: true });
    expect(await runCli(['extract', '-', '--published', '2025-06-12'], io)).toBe(0);
    expect(io.err()).toContain('Reading articles from standard input (text, HTML, JSON Lines or a feed); end with Ctrl-D.\n');
  });
});

describe('the database a command writes', () => {
  it('is parley.db in the workspace wherever the command runs, unless DATABASE_URL is relative, which is said', () => {
    const subfolder = path.join(WORKSPACE, 'apps/cli');
    expect(chooseDatabase(undefined, bufferIo('', { cwd: subfolder }))).toEqual({ url: `file:${path.join(WORKSPACE, 'parley.db')}`, location: path.join(WORKSPACE, 'parley.db'), note: null });
    expect(chooseDatabase(undefined, bufferIo('', { cwd: subfolder, env: { DATABASE_URL: 'file:./news.db' } }))).toEqual({
      url: `file:${path.join(subfolder, 'news.db')}`,
      location: path.join(subfolder, 'news.db'),
      note: `DATABASE_URL is relative: resolved against the working directory ${subfolder}`,
    });
    expect(chooseDatabase('postgresql://parley:secret@db.example:5432/parley', bufferIo()).location).toBe('postgresql://parley:***@db.example:5432/parley');
  });
});
