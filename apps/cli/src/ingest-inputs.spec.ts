import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '@parley/db';
import { ATOM_FEED, RSS_FEED, SAVED_PAGE, windows1252 } from '@parley/ingest/testing';
import { bufferIo, WORKSPACE } from './buffer-io';
import { runCli } from './cli';

const WINDOWS_1252_ARTICLE = 'date 2025-06-18\nPrime Minister Ana Ruiz of Norland said on Wednesday that the offer was “final – and fair”, José Ortega of the Trade Ministry said.\n';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'parley-inputs-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function folderOf(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const folder = path.join(dir, name);
  await mkdir(folder, { recursive: true });
  for (const [file, content] of Object.entries(files)) await writeFile(path.join(folder, file), content);
  return folder;
}

describe('parley ingest on what newsrooms hold', () => {
  it('reads a saved page, an RSS and an Atom feed and a Windows-1252 file, refusing by name what is no article', async () => {
    const folder = await folderOf('newsroom', {
      'ruiz-venn.html': SAVED_PAGE,
      'valdoria.rss': RSS_FEED,
      'wire.atom': ATOM_FEED,
      'ruiz-offer.txt': windows1252(WINDOWS_1252_ARTICLE),
      'photo.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'notes.md': '# not read',
      'wire.jsonl': [
        JSON.stringify({ text: 'Trade Minister Mira Castell said the quota deal was “signed and sealed”.', publishedAt: '2025-07-03', url: 'https://wire.example/castell-quota' }),
        '',
        '{ "text": ',
      ].join('\n'),
    });
    await copyFile(path.join(WORKSPACE, 'data/corpus/dev/dev-05.json'), path.join(folder, 'dev-05.json'));
    const databaseUrl = `file:${path.join(dir, 'newsroom.db')}`;
    const io = bufferIo();

    expect(await runCli(['ingest', folder, '--database', databaseUrl, '--verbose'], io)).toBe(1);
    expect(io.out()).toMatch(/^Ingested 6 article\(s\), 4 failed in /);
    const name = (file: string) => path.relative(WORKSPACE, path.join(folder, file));
    expect(io.err()).toContain(
      [
        'Failed (4):',
        `  ${name('dev-05.json')}: is an annotation file (a gold extraction in the corpus format), not an article: ingest the text file it names in article.file`,
        `  ${name('photo.txt')}: is a binary file, not article text`,
        `  ${name('valdoria.rss')}#3: has no content or description`,
        `  ${name('wire.jsonl')}:3: is not valid JSON (Unexpected end of JSON input)`,
      ].join('\n'),
    );
    expect(io.err()).toContain(`  ${name('ruiz-offer.txt')} (windows-1252): new article`);

    const db = createPrismaClient(databaseUrl);
    try {
      const articles = await db.article.findMany({ select: { url: true, title: true, publisher: true, publishedOn: true }, orderBy: { url: 'asc' } });
      expect(articles).toEqual([
        { url: null, title: null, publisher: null, publishedOn: '2025-06-18' },
        { url: 'https://ledger.example/2025/06/ruiz-venn-call', title: 'Ruiz and Venn speak by phone', publisher: 'The Norland Ledger', publishedOn: '2025-06-12' },
        { url: 'https://valdoria.example/ruiz-answers', title: 'Ruiz answers', publisher: 'Valdoria Today', publishedOn: '2025-06-20' },
        { url: 'https://valdoria.example/venn-tariffs', title: 'Venn: tariffs “on the table”', publisher: 'Valdoria Today', publishedOn: '2025-06-19' },
        { url: 'https://wire.example/castell-fishing', title: 'Castell on the fishing talks', publisher: 'Norland Wire', publishedOn: '2025-07-02' },
        { url: 'https://wire.example/castell-quota', title: null, publisher: null, publishedOn: '2025-07-03' },
      ]);
      const quotes = await db.statementSource.findMany({ select: { start: true, end: true, statement: { select: { text: true, speaker: { select: { name: true } } } }, article: { select: { text: true } } } });
      for (const quote of quotes) expect(quote.article.text.slice(quote.start, quote.end)).toBe(quote.statement.text);
      const said = quotes.map((quote) => `${quote.statement.speaker?.name}: ${quote.statement.text}`);
      expect(said).toEqual(expect.arrayContaining(['Ana Ruiz: We had a frank and useful exchange,', 'Tomas Venn: on the table', 'Mira Castell: nearly done', 'Mira Castell: signed and sealed']));
      expect(said.some((line) => line.includes('final – and fair'))).toBe(true);
    } finally {
      await db.$disconnect();
    }
  });
});

describe('parley ingest refuses, writing nothing and creating no database', () => {
  it.each([
    ['a path that does not exist', async () => 'nope.txt', 'parley ingest: nope.txt: no such file or folder\nNothing was ingested.\n'],
    ['a folder with no article file', async () => path.relative(WORKSPACE, await folderOf('only-notes', { 'readme.md': '# notes' })), 'the folder holds no article file (.txt, .html, .htm, .json, .jsonl, .rss, .atom, .xml)'],
    ['an annotation file', async () => 'data/corpus/dev/dev-05.json', 'data/corpus/dev/dev-05.json: is an annotation file'],
    ['a binary file', async () => path.relative(WORKSPACE, path.join(await folderOf('binary', { 'scan.txt': Uint8Array.from([0, 1, 2, 3, 0xff, 0xd8, 0, 0]) }), 'scan.txt')), 'scan.txt: is a binary file, not article text'],
  ])('%s', async (_case, given, message) => {
    const target = await given();
    const database = path.join(dir, `refused-${Date.now()}.db`);
    const io = bufferIo();
    expect(await runCli(['ingest', target, '--database', `file:${database}`], io)).toBe(1);
    expect(io.err()).toContain(message);
    expect(io.err()).toMatch(/Nothing was ingested/);
    expect(io.out()).toBe('');
    expect(existsSync(database)).toBe(false);
  });
});

describe('parley ingest URL', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/ruiz-venn') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(SAVED_PAGE);
      } else if (request.url === '/huge') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('x'.repeat(11 * 1024 * 1024));
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('is refused without --fetch, writing nothing', async () => {
    const database = path.join(dir, 'no-fetch.db');
    const io = bufferIo();
    expect(await runCli(['ingest', `${base}/ruiz-venn`, '--database', `file:${database}`], io)).toBe(1);
    expect(io.err()).toContain(`parley ingest: ${base}/ruiz-venn: is a URL; add --fetch to download it\n`);
    expect(existsSync(database)).toBe(false);
  });

  it('downloads a page with --fetch; a missing page and one over the size limit fail by name', async () => {
    const databaseUrl = `file:${path.join(dir, 'fetched.db')}`;
    const io = bufferIo();
    expect(await runCli(['ingest', '--fetch', `${base}/ruiz-venn`, `${base}/gone`, `${base}/huge`, '--database', databaseUrl], io)).toBe(1);
    expect(io.out()).toMatch(/^Ingested 1 article\(s\), 2 failed in /);
    expect(io.err()).toContain(`Failed (2):\n  ${base}/gone: answered HTTP 404\n  ${base}/huge: is larger than 10 MB\n`);
    const db = createPrismaClient(databaseUrl);
    try {
      expect(await db.article.findMany({ select: { url: true, title: true } })).toEqual([{ url: 'https://ledger.example/2025/06/ruiz-venn-call', title: 'Ruiz and Venn speak by phone' }]);
    } finally {
      await db.$disconnect();
    }
  });
});
