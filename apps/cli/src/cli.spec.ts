import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPrismaClient, type Database } from '@parley/db';
import type { Extraction } from '@parley/domain';
import { runCli } from './cli';
import { bufferIo, WORKSPACE } from './buffer-io';

const ROOT = WORKSPACE;

let dir: string;
let databaseUrl: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'parley-cli-'));
  databaseUrl = `file:${path.join(dir, 'cli.db')}`;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parley', () => {
  it('lists its commands, and each explains itself', async () => {
    const io = bufferIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/extract .*\n.*ingest .*\n.*articles .*\n.*export .*\n.*eval /);
    for (const command of ['extract', 'ingest', 'articles', 'export', 'eval']) {
      const commandIo = bufferIo();
      expect(await runCli([command, '--help'], commandIo)).toBe(0);
      expect(commandIo.out()).toMatch(new RegExp(`^Usage: parley ${command} `));
    }
  });

  it('refuses an unknown command or option with the usage and exit code 2', async () => {
    const unknown = bufferIo();
    expect(await runCli(['publish'], unknown)).toBe(2);
    expect(unknown.err()).toMatch(/^parley: unknown command "publish"/);
    const badDate = bufferIo();
    expect(await runCli(['extract', 'data/seeds/000_11ca3e6c164b554a.txt', '--published', '28/03/2025'], badDate)).toBe(2);
    expect(badDate.err()).toMatch(/^parley extract: --published "28\/03\/2025" is not a date in the form YYYY-MM-DD/);
  });
});

describe('parley extract', () => {
  it('prints the seed article’s extraction as corpus JSON', async () => {
    const io = bufferIo();
    expect(await runCli(['extract', 'data/seeds/000_11ca3e6c164b554a.txt', '--json'], io)).toBe(0);
    const extraction = JSON.parse(io.out()) as Extraction;
    expect(extraction.article.publishedAt).toBe('2025-03-28');
    expect(extraction.statements).toContainEqual(
      expect.objectContaining({
        speaker: 'Donald Trump',
        text: 'Mark called me today at 10 o’clock. We put out a statement. We had a very, very good talk. He’s going through an election now and we’ll see what happens,',
        channel: 'remarks_to_reporters',
        date: '2025-03-28',
      }),
    );
    expect(extraction.calls).toContainEqual(expect.objectContaining({ participants: expect.arrayContaining(['Donald Trump', 'Mark Carney']), initiator: 'Mark Carney', date: '2025-03-28' }));
  });

  it('prints a readable summary, reading the date from the JSON beside the text', async () => {
    const io = bufferIo();
    expect(await runCli(['extract', 'data/corpus/dev/dev-05.txt'], io)).toBe(0);
    expect(io.out()).toMatch(/^data\/corpus\/dev\/dev-05\.txt · published 2025-03-06\n/);
    expect(io.out()).toMatch(/Statements \(\d+\)/);
    // Value sets are spelled as the API spells them.
    expect(io.out()).toContain('  2025-03-03  Nadia Veskova · PHONE_CALL [436–508]\n');
    expect(io.out()).toContain('  2025-03-03  call · PHONE · HELD: Henrik Sollberg, Nadia Veskova, initiated by Henrik Sollberg\n');
  });
});

describe('parley ingest', () => {
  let db: Database;

  beforeAll(() => {
    db = createPrismaClient(databaseUrl);
  });

  afterAll(async () => {
    await db.$disconnect();
  });

  it('ingests a folder, a bad file and JSON Lines on stdin, skipping only the bad one', async () => {
    const empty = path.join(dir, 'empty.txt');
    await writeFile(empty, '   \n');
    const feed = [
      JSON.stringify({ text: 'Prime Minister Ana Ruiz said on Monday that talks were “going well”.', publishedAt: '2025-06-16', url: 'https://news.example/ruiz' }),
      '{ not json',
    ].join('\n');
    const io = bufferIo(feed);

    expect(await runCli(['ingest', 'data/corpus/dev', empty, '-', '--database', databaseUrl], io)).toBe(1);
    const summary = io.out();
    expect(summary).toMatch(/^Ingested 11 article\(s\), 2 failed in /);
    expect(summary).toMatch(/articles +new 11 +unchanged 0 +failed 2/);
    expect(summary).toContain(`Database: ${path.join(dir, 'cli.db')}\n`);
    expect(io.err()).toContain(`Failed (2):\n  ${path.relative(ROOT, empty)}: holds no article text\n  stdin:2: is not valid JSON`);
    expect(await db.article.count()).toBe(11);
    // The article from stdin names Ana Ruiz again: her statements join the person dev-01 created.
    const ruiz = await db.person.findMany({ where: { name: 'Ana Ruiz' }, select: { statements: { select: { text: true } }, events: { select: { date: true } } } });
    expect(ruiz).toHaveLength(1);
    expect(ruiz[0]?.statements.map((statement) => statement.text)).toEqual(expect.arrayContaining(['going well', 'frank and useful']));
    expect(ruiz[0]?.events).toContainEqual({ date: '2025-06-10' });
  });

  it('changes nothing on a second run over the same articles', async () => {
    const before = { articles: await db.article.count(), statements: await db.statement.count(), people: await db.person.count() };
    const io = bufferIo();
    expect(await runCli(['ingest', 'data/corpus/dev', '--database', databaseUrl], io)).toBe(0);
    expect(io.out()).toMatch(/articles +new 0 +unchanged 10 +failed 0/);
    expect({ articles: await db.article.count(), statements: await db.statement.count(), people: await db.person.count() }).toEqual(before);
  });
});

describe('parley eval', () => {
  it('prints a row per annotated article, the seed among them, and the totals', async () => {
    const io = bufferIo();
    expect(await runCli(['eval', 'data/corpus'], io)).toBe(0);
    const rows = io.out().split('\n');
    expect(rows[0]).toMatch(/quote P +quote R +quote F1 +speaker +call P +call R +date/);
    expect(rows.filter((row) => /^(seed-000|dev-\d\d)\s/.test(row))).toHaveLength(11);
    expect(rows.some((row) => row.startsWith('TOTAL'))).toBe(true);
  });
});
