import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { createPrismaClient, type Database } from '@parley/db';
import { RUIZ_VENN_FOLLOW_UP } from '@parley/ingest/testing';
import { bufferIo } from './buffer-io';
import { runCli } from './cli';

const FOLLOW_UP = JSON.stringify(RUIZ_VENN_FOLLOW_UP);

let dir: string;
let databaseUrl: string;
let db: Database;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'parley-export-'));
  databaseUrl = `file:${path.join(dir, 'graph.db')}`;
  expect(await runCli(['ingest', 'data/corpus/dev/dev-01.txt', 'data/corpus/dev/dev-02.txt', '-', '--database', databaseUrl], bufferIo(FOLLOW_UP))).toBe(0);
  db = createPrismaClient(databaseUrl);
});

afterAll(async () => {
  await db.$disconnect();
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const io = bufferIo();
  const code = await runCli([...argv, '--database', databaseUrl], io);
  return { code, out: io.out(), err: io.err() };
}

describe('parley export', () => {
  it('writes a speaker’s statements in a date range as CSV, with channel, article URL and the span the words sit at', async () => {
    const { code, out, err } = await run('export', 'statements', '--speaker', 'Ruiz', '--from', '2025-06-13', '--to', '2025-06-13');
    expect(code).toBe(0);
    const rows = parse(out, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toEqual([
      expect.objectContaining({ date: '2025-06-13', speaker: 'Ana Ruiz', channel: 'REMARKS_TO_REPORTERS', kind: 'DIRECT', text: 'We had a useful exchange,', articleUrl: 'https://news.example/ruiz-venn-follow-up', publishedOn: '2025-06-13' }),
    ]);
    const article = await db.article.findFirstOrThrow({ where: { url: 'https://news.example/ruiz-venn-follow-up' }, select: { text: true } });
    expect(article.text.slice(Number(rows[0]?.['spanStart']), Number(rows[0]?.['spanEnd']))).toBe('We had a useful exchange,');
    expect(err).toBe(`Exported 1 statements from ${path.join(dir, 'graph.db')}\n`);
  });

  it('writes the header of an export with no rows, and the same columns the rows have', async () => {
    const none = await run('export', 'statements', '--speaker', 'Ruiz', '--from', '2030-01-01');
    expect(none).toEqual({ code: 0, out: 'id,date,speaker,channel,kind,text,article,articleUrl,publishedOn,spanStart,spanEnd\n', err: `Exported 0 statements from ${path.join(dir, 'graph.db')}\n` });
    for (const kind of ['statements', 'calls', 'people', 'actions']) {
      const csvHeader = (await run('export', kind)).out.split('\n')[0];
      const jsonKeys = Object.keys(JSON.parse((await run('export', kind, '--format', 'jsonl')).out.split('\n')[0] ?? '{}') as object);
      expect(csvHeader).toBe(jsonKeys.join(','));
    }
  });

  it('writes calls as JSON Lines, a call two articles reported listing both', async () => {
    const { code, out } = await run('export', 'calls', '--format', 'jsonl', '--speaker', 'Tomas Venn');
    expect(code).toBe(0);
    const calls = out.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(calls).toContainEqual(expect.objectContaining({ date: '2025-06-10', medium: 'PHONE', status: 'HELD', participants: ['Ana Ruiz', 'Tomas Venn'], initiator: 'Tomas Venn', articleUrls: ['https://news.example/ruiz-venn-follow-up'], articles: [expect.any(String), expect.any(String)] }));
    expect(calls.every((call) => (call['participants'] as string[]).includes('Tomas Venn'))).toBe(true);
  });

  it('writes people and policy actions, and names a speaker it does not know', async () => {
    const people = parse((await run('export', 'people', '--speaker', 'Ana Ruiz')).out, { columns: true }) as Array<Record<string, string>>;
    expect(people).toEqual([expect.objectContaining({ name: 'Ana Ruiz', slug: 'ana-ruiz', kind: 'INDIVIDUAL' })]);
    expect(people[0]?.['roles']).toMatch(/Prime Minister of Norland/);
    const actions = (await run('export', 'actions', '--format', 'jsonl', '--to', '2025-07-01')).out.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const tariff = actions.find((action) => action['target'] === 'Norlandic steel and aluminium');
    expect(tariff).toEqual(expect.objectContaining({ kind: 'TARIFF', status: 'ANNOUNCED', ratePercent: 25, effectiveDate: '2025-07-01', actors: ['Valdoria'] }));
    expect(actions.every((action) => action['effectiveDate'] !== null && String(action['effectiveDate']) <= '2025-07-01')).toBe(true);
    const retaliation = (await run('export', 'actions', '--format', 'jsonl')).out.split('\n').find((line) => line.includes('Valdorian wine, cheese and farm machinery'));
    expect(JSON.parse(retaliation ?? '{}')).toEqual(expect.objectContaining({ kind: 'RETALIATORY_TARIFF', ratePercent: 15, actors: ['Norland'], inResponseTo: tariff?.['id'] }));
    const unknown = await run('export', 'statements', '--speaker', 'Nobody Atall');
    expect(unknown).toEqual({ code: 1, out: '', err: 'parley export: --speaker "Nobody Atall" names no one in the graph\n' });
  });
});

describe('parley articles delete', () => {
  it('shows on a dry run, then does: the follow-up goes, the call it shared with dev-01 stays with one source', async () => {
    const callSources = async () =>
      (await db.event.findFirstOrThrow({ where: { kind: 'CALL', date: '2025-06-10' }, select: { articles: { select: { url: true } } } })).articles.length;
    expect(await callSources()).toBe(2);

    const dryRun = await run('articles', 'delete', 'https://news.example/ruiz-venn-follow-up', '--dry-run');
    expect(dryRun.code).toBe(0);
    expect(dryRun.out).toMatch(/^Dry run: deleting article \d+ \(2025-06-13, https:\/\/news\.example\/ruiz-venn-follow-up\) would\n/);
    expect(dryRun.out).toContain('  remove: 1 statement(s), 0 call(s), 0 meeting(s), 0 policy action(s), 0 alias(es), 0 role(s), 0 person(s)\n');
    expect(dryRun.out).toContain('  keep with one source fewer: 0 statement(s), 1 call(s), 0 meeting(s), 0 policy action(s), 4 alias(es), 2 role(s)\n');
    expect(await db.article.count({ where: { url: 'https://news.example/ruiz-venn-follow-up' } })).toBe(1);

    const done = await run('articles', 'delete', 'https://news.example/ruiz-venn-follow-up');
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/^Deleted article \d+ /);
    expect(done.out).toContain(`Database: ${path.join(dir, 'graph.db')}\n`);
    expect(await db.article.count({ where: { url: 'https://news.example/ruiz-venn-follow-up' } })).toBe(0);
    expect(await callSources()).toBe(1);
    expect(await db.statement.count({ where: { text: 'We had a useful exchange,' } })).toBe(0);
  });

  it('names an article it cannot find, and refuses to open a database that does not exist', async () => {
    expect(await run('articles', 'delete', '4242')).toEqual({ code: 1, out: '', err: 'parley articles: article: no article has the id 4242\n' });
    // The API's global ID of the same article names it too.
    expect(await run('articles', 'delete', 'QXJ0aWNsZTo0MjQy', '--dry-run')).toEqual({ code: 1, out: '', err: 'parley articles: article: no article has the id 4242\n' });
    const io = bufferIo();
    expect(await runCli(['articles', 'list', '--database', `file:${path.join(dir, 'missing.db')}`], io)).toBe(1);
    expect(io.err()).toBe(`parley articles: no database at ${path.join(dir, 'missing.db')}: ingest articles first, or name one with --database\n`);
  });
});
