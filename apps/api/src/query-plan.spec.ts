import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadSeed } from '@parley/db';
import { startTestApi, type TestApi } from './test/graphql-client';

// The annotated dev corpus, loaded beside the seed, gives the graph a dozen leaders with
// calls and statements: enough for a query that loads per row to show itself.
const DEV_CORPUS = path.resolve(__dirname, '../../../data/corpus/dev');

const NESTED = `query Nested($leaders: Int!, $calls: Int!, $statements: Int!) {
  leaders(first: $leaders) {
    nodes {
      name
      calls(first: $calls) {
        nodes {
          participants { name }
          statements(first: $statements) { nodes { text speaker { name } } }
        }
      }
    }
  }
}`;

interface NestedResult {
  leaders: { nodes: Array<{ name: string; calls: { nodes: Array<{ participants: Array<{ name: string }>; statements: { nodes: Array<{ text: string }> } }> } }> };
}

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  const goldFiles = readdirSync(DEV_CORPUS)
    .filter((file) => file.endsWith('.json'))
    .map((file) => path.join(DEV_CORPUS, file));
  await loadSeed(api.database.db, goldFiles);
}, 60_000);

afterAll(async () => {
  await api.close();
});

async function countStatements(variables: { leaders: number; calls: number; statements: number }) {
  api.database.sql.splice(0);
  const { data, errors } = await api.query<NestedResult>(NESTED, variables);
  expect(errors).toBeUndefined();
  return { sql: api.database.sql.length, data };
}

describe('leaders → calls → participants and statements', () => {
  it('runs the same small number of SQL statements whatever the page sizes', async () => {
    const small = await countStatements({ leaders: 1, calls: 1, statements: 1 });
    const large = await countStatements({ leaders: 10, calls: 10, statements: 10 });

    const leaders = large.data?.leaders.nodes ?? [];
    const calls = leaders.flatMap((leader) => leader.calls.nodes);
    expect(leaders).toHaveLength(10);
    expect(calls.length).toBeGreaterThanOrEqual(8);
    expect(calls.flatMap((call) => call.statements.nodes).length).toBeGreaterThan(10);

    // One statement each for leaders, their calls, the calls' participants, the calls'
    // statements and those statements' speakers.
    expect(large.sql).toBeLessThanOrEqual(5);
    expect(large.sql).toBe(small.sql);
  });
});
