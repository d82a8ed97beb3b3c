import { connectDatabase, disconnectDatabase } from '@parley/db';
import { schema, type ParleyContext } from '@parley/schema';
import { createYoga } from 'graphql-yoga';
import { createUsualSchema } from './usual-schema';
import { W4, type Workload, type WorkloadSubjects } from './workloads';

export interface InProcessFigures {
  /** SQL statements per request, by workload, for Parley and the usual way. */
  statements: Record<string, { parley: number; usual: number }>;
  /** Parley's response bodies, the reference the other servers are compared with. */
  bodies: Record<string, string>;
}

type Fetch = (body: string) => Promise<string>;

function fetcher(yoga: { fetch: (url: string, init: RequestInit) => Promise<Response> | Response }): Fetch {
  return async (body) => {
    const response = await yoga.fetch('http://bench.local/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
    return response.text();
  };
}

/** Parley's schema over `yoga.fetch`, read as an anonymous client reads it when reads are public. */
function parleyFetcher(): Fetch {
  const context = { requestId: 'bench', caller: { kind: 'anonymous' }, publicRead: true } as ParleyContext;
  return fetcher(createYoga({ schema, logging: false, context: () => context }));
}

export const requestBody = (workload: Workload) => JSON.stringify({ query: workload.query, variables: workload.variables });

/** Walks W4 nineteen pages through Parley to get the cursor that opens page 20. */
export async function findPage20Cursor(file: string, subjects: Omit<WorkloadSubjects, 'page20Cursor'>): Promise<string | null> {
  await connectDatabase(`file:${file}`);
  try {
    const parley = parleyFetcher();
    let after: string | null = null;
    for (let pageNumber = 1; pageNumber < 20; pageNumber += 1) {
      const body: string = await parley(JSON.stringify({ query: W4, variables: { slug: subjects.speakerSlug, from: subjects.from, to: subjects.to, after } }));
      const info = (JSON.parse(body) as { data?: { statements: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } } }).data?.statements.pageInfo;
      if (!info?.hasNextPage) return null;
      after = info.endCursor;
    }
    return after;
  } finally {
    await disconnectDatabase();
  }
}

/** Runs every workload once through Parley and the usual way in this process, counting SQL statements. */
export async function measureInProcess(file: string, workloads: Workload[]): Promise<InProcessFigures> {
  const sql: string[] = [];
  const db = await connectDatabase(`file:${file}`, { onQuery: (statement) => sql.push(statement) });
  try {
    const parley = parleyFetcher();
    const usual = fetcher(createYoga({ schema: createUsualSchema(db), logging: false }));
    const figures: InProcessFigures = { statements: {}, bodies: {} };
    for (const workload of workloads) {
      sql.splice(0);
      const body = await parley(requestBody(workload));
      const parleyCount = sql.length;
      sql.splice(0);
      await usual(requestBody(workload));
      figures.statements[workload.id] = { parley: parleyCount, usual: sql.length };
      figures.bodies[workload.id] = body;
    }
    return figures;
  } finally {
    await disconnectDatabase();
  }
}
