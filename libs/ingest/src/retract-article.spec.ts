import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deleteArticle, InputError } from '@parley/db';
import { graphSize, openTempDatabase, type TempDatabase } from '@parley/db/testing';
import { ingestArticle } from './ingest-article';
import { RUIZ_VENN_FOLLOW_UP } from './testing';

const DEV = path.resolve(__dirname, '../../../data/corpus/dev');
const FOLLOW_UP = RUIZ_VENN_FOLLOW_UP;

let database: TempDatabase;

beforeAll(async () => {
  database = await openTempDatabase({ seed: false });
});

afterAll(async () => {
  await database.close();
});

const size = () => graphSize(database.db);

async function ruizVennCalls() {
  return database.db.event.findMany({
    where: { kind: 'CALL', date: '2025-06-10' },
    select: { participants: { select: { name: true }, orderBy: { name: 'asc' } }, articles: { select: { id: true } } },
  });
}

describe('retracting an article', () => {
  it('keeps a call two articles reported, with one source fewer, and removes what only the retracted article said', async () => {
    const first = await ingestArticle(database.db, { text: readFileSync(path.join(DEV, 'dev-01.txt'), 'utf8') });
    const second = await ingestArticle(database.db, FOLLOW_UP);
    expect(await ruizVennCalls()).toEqual([expect.objectContaining({ articles: [{ id: first.write.article.id }, { id: second.write.article.id }] })]);
    const before = await size();

    const preview = await deleteArticle(database.db, FOLLOW_UP.url, { dryRun: true });
    expect(preview).toEqual({
      article: { id: second.write.article.id, title: null, url: FOLLOW_UP.url, publishedOn: '2025-06-13' },
      removed: { statements: 1, calls: 0, meetings: 0, policyActions: 0, aliases: 0, roles: 0, people: [] },
      kept: { statements: 0, calls: 1, meetings: 0, policyActions: 0, aliases: 4, roles: 2 },
      deleted: false,
    });
    expect(await size()).toEqual(before);

    const retraction = await deleteArticle(database.db, FOLLOW_UP.url);
    expect(retraction).toEqual({ ...preview, deleted: true });
    expect(await ruizVennCalls()).toEqual([{ participants: [{ name: 'Ana Ruiz' }, { name: 'Tomas Venn' }], articles: [{ id: first.write.article.id }] }]);
    expect(await database.db.statement.count({ where: { text: 'We had a useful exchange,' } })).toBe(0);
    expect(await size()).toEqual({ ...before, articles: before.articles - 1, statements: before.statements - 1, quotes: before.quotes - 1 });
  });

  it('removes the roles and names only the retracted article gave a person who stays', async () => {
    const chair = {
      text: 'Harbour Alliance chair Ana Ruiz said on Friday that the port deal was “within reach”.\n\nRuiz added that talks “will go on”.\n',
      publishedAt: '2025-06-14',
      url: 'https://news.example/ruiz-harbour-alliance',
    };
    const rolesOfRuiz = async () =>
      (await database.db.role.findMany({ where: { person: { name: 'Ana Ruiz' } }, select: { title: true }, orderBy: { title: 'asc' } })).map((role) => role.title);
    const aliasesOfRuiz = async () => (await database.db.personAlias.findMany({ where: { person: { name: 'Ana Ruiz' } }, select: { alias: true }, orderBy: { alias: 'asc' } })).map((row) => row.alias);
    const rolesBefore = await rolesOfRuiz();
    const aliasesBefore = await aliasesOfRuiz();
    expect(aliasesBefore).toContain('Ruiz');

    await ingestArticle(database.db, chair);
    expect(await rolesOfRuiz()).toEqual([...rolesBefore, 'Harbour Alliance chair'].sort());

    const retraction = await deleteArticle(database.db, chair.url);
    expect(retraction.removed).toEqual(expect.objectContaining({ statements: 2, aliases: 0, roles: 1, people: [] }));
    expect(retraction.kept).toEqual(expect.objectContaining({ aliases: 1, roles: 0 }));
    expect(await rolesOfRuiz()).toEqual(rolesBefore);
    expect(await aliasesOfRuiz()).toEqual(aliasesBefore);
  });

  it('removes the last article’s call, statements and the people only they involved', async () => {
    const [article] = await database.db.article.findMany({ select: { id: true } });
    const preview = await deleteArticle(database.db, String(article?.id), { dryRun: true });
    expect(preview.removed).toEqual({
      statements: 11,
      calls: 2,
      meetings: 0,
      policyActions: 3,
      aliases: 0,
      roles: 0,
      people: ['Ana Ruiz', 'Cabinet of Norland', 'Jonas Hallberg', 'Mira Castell', 'Pieter Stam', 'Tomas Venn', 'Trade Ministry of Norland'],
    });
    expect(preview.kept).toEqual({ statements: 0, calls: 0, meetings: 0, policyActions: 0, aliases: 0, roles: 0 });

    await deleteArticle(database.db, String(article?.id));
    expect(await size()).toEqual(expect.objectContaining({ articles: 0, events: 0, statements: 0, actions: 0, quotes: 0 }));
    expect(await database.db.person.count({ where: { name: { in: preview.removed.people } } })).toBe(0);
  });

  it('names what it cannot find, and an ambiguous URL, changing nothing', async () => {
    await ingestArticle(database.db, FOLLOW_UP);
    await ingestArticle(database.db, { ...FOLLOW_UP, text: `${FOLLOW_UP.text}\n\nVenn did not comment.` });
    const before = await size();
    await expect(deleteArticle(database.db, '999999')).rejects.toThrow(new InputError('article', 'no article has the id 999999'));
    await expect(deleteArticle(database.db, 'https://news.example/missing')).rejects.toThrow(new InputError('article', 'no article has the URL https://news.example/missing'));
    await expect(deleteArticle(database.db, FOLLOW_UP.url)).rejects.toThrow(/2 articles have the URL https:\/\/news\.example\/ruiz-venn-follow-up \(ids \d+, \d+\): name one by its id/);
    expect(await size()).toEqual(before);
  });
});
