import { openTempDatabase, type TempDatabase } from '../testing';
import { loadSeed } from './load-seed';

let database: TempDatabase;

beforeAll(async () => {
  database = await openTempDatabase();
});

afterAll(async () => {
  await database.close();
});

async function countRows() {
  const { db } = database;
  return {
    articles: await db.article.count(),
    people: await db.person.count(),
    aliases: await db.personAlias.count(),
    roles: await db.role.count(),
    calls: await db.event.count({ where: { kind: 'CALL' } }),
    meetings: await db.event.count({ where: { kind: 'MEETING' } }),
    statements: await db.statement.count(),
    sources: await db.statementSource.count(),
    policyActions: await db.policyAction.count(),
  };
}

describe('the seed', () => {
  it('holds every fact of the annotated seed article', async () => {
    expect(await countRows()).toEqual({
      articles: 1,
      // six people, and the two groups the article names as participants
      people: 8,
      aliases: 15,
      roles: 7,
      calls: 2,
      meetings: 2,
      // every statement that is not marked optional
      statements: 18,
      sources: 18,
      policyActions: 4,
    });
    const threat = await database.db.policyAction.findFirstOrThrow({
      where: { status: 'THREATENED' },
      select: { inResponseTo: { select: { kind: true, inResponseTo: { select: { ratePercent: true, effectiveDate: true } } } } },
    });
    expect(threat.inResponseTo).toEqual({ kind: 'RETALIATORY_TARIFF', inResponseTo: { ratePercent: 25, effectiveDate: '2025-04-02' } });
  });

  it('changes nothing when loaded again', async () => {
    const before = await countRows();
    const writes = await loadSeed(database.db);
    expect(writes.map((write) => write.article.created)).toEqual([false]);
    expect(await countRows()).toEqual(before);
  });
});
