import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseExtraction, type Extraction } from '@parley/domain';
import Database from 'better-sqlite3';
import { createPrismaClient, type Database as Client } from '../client';
import { migrateDatabase } from '../migrations/migrate';
import { SEED_FILES } from '../paths';
import { createEmptyDatabase, testEngine } from '../testing';
import { checkArticleInput } from './article-input';
import { writeArticle, writeArticleThroughPrisma, type ArticleWrite } from './write-article';

const DEV = path.resolve(__dirname, '../../../../data/corpus/dev');
const FILES = [...SEED_FILES, ...Array.from({ length: 10 }, (_, i) => path.join(DEV, `dev-${String(i + 1).padStart(2, '0')}.json`))];

interface Article {
  text: string;
  extraction: Extraction;
}

function annotated(file: string): Article {
  const extraction = parseExtraction(readFileSync(file, 'utf8'));
  return { text: readFileSync(path.resolve(path.dirname(file), extraction.article.file ?? ''), 'utf8'), extraction };
}

/**
 * A later report of the same facts from another outlet: the people, events, statements and
 * actions merge into those the first report wrote, filling what it lacked.
 */
function laterReport({ text, extraction }: Article, n: number): Article {
  const first = extraction.article.publishedAt ?? '2025-01-01';
  const publishedAt = `${Number(first.slice(0, 4)) + 1}${first.slice(4)}`;
  return {
    text: `${text.trimEnd()}\n\n(Later report ${n}.)\n`,
    extraction: {
      ...extraction,
      article: { ...extraction.article, publishedAt },
      people: extraction.people.map((person) => ({ ...person, roles: person.roles.map((role) => ({ ...role, since: role.since ?? '2019-05-01', current: false })) })),
      calls: extraction.calls.map((call) => ({ ...call, status: 'held', location: call.location ?? 'Ottawa', time: call.time ?? '09:30' })),
      meetings: (extraction.meetings ?? []).map((meeting) => ({ ...meeting, status: 'held' })),
      policyActions: extraction.policyActions.map((action) => ({ ...action, status: 'in_force' })),
    },
  };
}

/** Every row of every table the merge writes, in a stable order, without the moments rows were written. */
function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%Search%' AND name NOT IN ('_prisma_migrations', 'ApiKey') ORDER BY name",
      )
      .all();
    return Object.fromEntries(
      tables.map(({ name }) => {
        const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all() as Array<Record<string, unknown>>;
        return [name, rows.map(({ createdAt: _, ...row }) => row)];
      }),
    );
  } finally {
    db.close();
  }
}

const sqliteOnly = testEngine() === 'sqlite' ? describe : describe.skip;

sqliteOnly('the SQLite merge', () => {
  const opened: Array<{ db: Client; remove: () => Promise<void> }> = [];

  async function openGraph(): Promise<{ db: Client; file: string }> {
    const empty = await createEmptyDatabase();
    await migrateDatabase(empty.url);
    const db = createPrismaClient(empty.url);
    await db.$connect();
    opened.push({ db, remove: empty.remove });
    return { db, file: empty.url.slice('file:'.length) };
  }

  afterAll(async () => {
    for (const { db, remove } of opened) {
      await db.$disconnect();
      await remove();
    }
  });

  it('writes the same graph, row for row, as the merge through Prisma', async () => {
    const handWritten = await openGraph();
    const throughPrisma = await openGraph();
    const firsts = FILES.map(annotated);
    const articles = [...firsts, ...firsts.map(laterReport), ...firsts.slice(0, 3)];

    const writes: Array<[ArticleWrite, ArticleWrite]> = [];
    for (const { text, extraction } of articles) {
      const input = checkArticleInput({ text, publishedAt: extraction.article.publishedAt, url: extraction.article.url, title: extraction.article.title });
      writes.push([await writeArticle(handWritten.db, input, extraction), await writeArticleThroughPrisma(throughPrisma.db, input, extraction)]);
    }

    for (const [mine, reference] of writes) expect(mine).toEqual(reference);
    const graph = dump(handWritten.file);
    expect(graph).toEqual(dump(throughPrisma.file));
    // The later reports merged: one more source per statement, no new people, calls with a day found again.
    const later = writes.slice(firsts.length, 2 * firsts.length).map(([write]) => write);
    expect(later.every((write) => write.article.created && write.statements.every((statement) => !statement.created))).toBe(true);
    expect(later.flatMap((write) => write.people).filter((person) => person.created)).toEqual([]);
    expect(later.flatMap((write) => write.events).filter((event) => !event.created).length).toBeGreaterThan(5);
    expect(writes.slice(2 * firsts.length).every(([write]) => !write.article.created)).toBe(true);
  });

  it('sends one statement or two per fact, on the client query log', async () => {
    const sql: string[] = [];
    const empty = await createEmptyDatabase();
    await migrateDatabase(empty.url);
    const db = createPrismaClient(empty.url, { onQuery: (statement) => sql.push(statement) });
    await db.$connect();
    opened.push({ db, remove: empty.remove });
    const { text, extraction } = annotated(FILES[1] ?? '');
    await writeArticle(db, checkArticleInput({ text, publishedAt: extraction.article.publishedAt }), extraction);
    expect(sql.filter((statement) => /^\s*(BEGIN|COMMIT)/i.test(statement))).toEqual(['BEGIN IMMEDIATE', 'COMMIT']);
    expect(sql.some((statement) => statement.startsWith('INSERT INTO "Statement"'))).toBe(true);
  });
});
