// Prints full-text search latency over the seed and the dev corpus on each engine: p50 and p99
// of ranked statements searches (with ranks and highlights) and of people searches, through
// the GraphQL API in-process, one request at a time.
import { loadDevCorpus } from '../src/test/dev-corpus';
import { startTestApi } from '../src/test/graphql-client';
import { onEachEngine } from './engines';
import { latency, timeRuns } from './measure';

const STATEMENT_SEARCHES = ['tariff', 'retaliatory tariffs', 'trade war', 'prime minister', 'phone call', 'president', 'negotiations', 'election', 'border economy', 'talks'];
const PEOPLE_SEARCHES = ['trump', 'prime minister', 'carney', 'president', 'minister of finance'];

const STATEMENTS = `query($search: String) { statements(first: 20, filter: { search: $search }) {
  totalCount edges { node { text date speaker { name } } search { rank highlights { start end text } } }
} }`;
const PEOPLE = `query($search: String) { people(first: 20, filter: { search: $search }) { totalCount nodes { name aliases } } }`;

const RUNS = Number(process.env['RUNS'] ?? 30);

async function main(): Promise<void> {
  await onEachEngine(async (engine) => {
    const api = await startTestApi();
    try {
      await loadDevCorpus(api.database.db);
      const statements = await api.database.db.statement.count();
      const people = await api.database.db.person.count();
      const measure = async (document: string, searches: string[]) => {
        const times: number[] = [];
        for (const search of searches) {
          times.push(
            ...(await timeRuns(RUNS, 3, async () => {
              const { errors } = await api.query(document, { search });
              if (errors) throw new Error(`"${search}": ${errors[0]?.message}`);
            })),
          );
        }
        return times;
      };
      const statementTimes = await measure(STATEMENTS, STATEMENT_SEARCHES);
      console.log(`${engine}: statements(filter: { search }) over ${statements} statements, ${STATEMENT_SEARCHES.length} searches × ${RUNS} runs: ${latency(statementTimes)}`);
      const peopleTimes = await measure(PEOPLE, PEOPLE_SEARCHES);
      console.log(`${engine}: people(filter: { search }) over ${people} people, ${PEOPLE_SEARCHES.length} searches × ${RUNS} runs: ${latency(peopleTimes)}`);
    } finally {
      await api.close();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
