// Prints the latency of nested reads on a graph that grows around a few leaders, on each
// engine: 40 leaders sharing 2,000 calls (100 each) and one leader in 5,000 calls, beside the
// seed and the dev corpus. p50 and p99 through the GraphQL API in-process, one request at a time.
import type { Database } from '@parley/db';
import { loadDevCorpus } from '../src/test/dev-corpus';
import { startTestApi } from '../src/test/graphql-client';
import { onEachEngine } from './engines';
import { latency, timeRuns } from './measure';

const LEADERS = 40;
const SHARED_CALLS = 2_000;
const BUSY_CALLS = Number(process.env['BUSY_CALLS'] ?? 5_000);
const RUNS = Number(process.env['RUNS'] ?? 30);

const WIDE = `{ leaders(first: 100) { nodes { slug calls(first: 60) { totalCount nodes { date participants { name } } } } } }`;
const BUSY = `query($after: String) { person(slug: "busy-leader") { calls(first: 60, after: $after) {
  totalCount pageInfo { endCursor } nodes { date participants { name } }
} } }`;

const dayOf = (n: number) => `2024-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;

/** Calls `[first, first + count)` by creation order, as ids. */
async function addCalls(db: Database, count: number): Promise<number[]> {
  const before = await db.event.count();
  await db.event.createMany({ data: Array.from({ length: count }, (_, n) => ({ kind: 'CALL' as const, status: 'HELD' as const, date: dayOf(n) })) });
  const calls = await db.event.findMany({ orderBy: { id: 'asc' }, skip: before, select: { id: true } });
  return calls.map((call) => call.id);
}

async function addLeader(db: Database, slug: string): Promise<number> {
  const { id } = await db.person.create({ data: { slug, name: slug, nameKey: slug } });
  await db.role.create({ data: { personId: id, title: 'Prime Minister', kind: 'HEAD_OF_GOVERNMENT', current: true } });
  return id;
}

async function join(db: Database, personId: number, callIds: number[]): Promise<void> {
  for (let start = 0; start < callIds.length; start += 500) {
    const ids = callIds.slice(start, start + 500);
    await db.person.update({ where: { id: personId }, data: { events: { connect: ids.map((id) => ({ id })) } } });
  }
}

async function growGraph(db: Database): Promise<void> {
  const wide: number[] = [];
  for (let n = 0; n < LEADERS; n += 1) wide.push(await addLeader(db, `wide-leader-${String(n).padStart(2, '0')}`));
  const shared = await addCalls(db, SHARED_CALLS);
  // Call n is between leaders n mod 40 and (n + 1) mod 40.
  for (const [index, personId] of wide.entries()) await join(db, personId, shared.filter((_, n) => n % LEADERS === index || (n + 1) % LEADERS === index));
  const busy = await addLeader(db, 'busy-leader');
  const counterpart = await addLeader(db, 'busy-counterpart');
  const own = await addCalls(db, BUSY_CALLS);
  await join(db, busy, own);
  await join(db, counterpart, own);
}

async function main(): Promise<void> {
  await onEachEngine(async (engine) => {
    const api = await startTestApi();
    try {
      await loadDevCorpus(api.database.db);
      await growGraph(api.database.db);
      const ask = async (document: string, variables?: Record<string, unknown>) => {
        const { data, errors } = await api.query<{ person?: { calls: { pageInfo: { endCursor: string } } } }>(document, variables);
        if (errors) throw new Error(errors[0]?.message);
        return data;
      };
      console.log(`${engine}: leaders(first: 100) → calls(first: 60) → participants, ${LEADERS} leaders sharing ${SHARED_CALLS} calls and one in ${BUSY_CALLS}, ${RUNS} runs: ${latency(await timeRuns(RUNS, 3, async () => void (await ask(WIDE))))}`);
      console.log(`${engine}: person(busy-leader) → calls(first: 60) → participants, first page of ${BUSY_CALLS}, ${RUNS} runs: ${latency(await timeRuns(RUNS, 3, async () => void (await ask(BUSY))))}`);
      let after: string | undefined;
      for (let page = 1; page < 50; page += 1) after = (await ask(BUSY, { after }))?.person?.calls.pageInfo.endCursor;
      console.log(`${engine}: the same, page 50 by cursor, ${RUNS} runs: ${latency(await timeRuns(RUNS, 3, async () => void (await ask(BUSY, { after }))))}`);
    } finally {
      await api.close();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
