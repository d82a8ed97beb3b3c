import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrateDatabase } from '@parley/db';
import Database from 'better-sqlite3';
import { generateGraph } from './generate-graph';
import { measureInProcess, requestBody } from './in-process';
import { createLimitHandler } from './limit-handler';
import { findSubjects } from './subjects';
import { workloads, W4 } from './workloads';

const SMALL = { statements: 3_000, people: 300, leaders: 30, statementsPerCall: 10, statementsPerArticle: 10 };

let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'parley-bench-'));
  file = path.join(dir, 'graph.db');
  await migrateDatabase(`file:${file}`);
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  generateGraph(db, SMALL);
  db.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the limit', () => {
  it('answers every workload with the same bytes as Parley, on every page', async () => {
    const subjects = { ...findSubjects(file), page20Cursor: null };
    const list = workloads(subjects);
    const first = await measureInProcess(file, list);
    const w4 = JSON.parse(first.bodies['W4'] ?? '{}') as { data: { statements: { pageInfo: { endCursor: string; hasNextPage: boolean } } } };
    expect(w4.data.statements.pageInfo.hasNextPage).toBe(true);
    const pageTwo = { id: 'W4p2', title: 'page 2', query: W4, variables: { slug: subjects.speakerSlug, from: subjects.from, to: subjects.to, after: w4.data.statements.pageInfo.endCursor } };
    const all = [...list, pageTwo];
    const { bodies } = await measureInProcess(file, all);

    const db = new Database(file, { readonly: true });
    const limit = createLimitHandler(db);
    for (const workload of all) {
      const parley = bodies[workload.id] ?? '';
      expect(JSON.parse(parley)).not.toHaveProperty('errors');
      expect(parley.length).toBeGreaterThan(60);
      expect({ workload: workload.id, body: limit(requestBody(workload)) }).toEqual({ workload: workload.id, body: parley });
    }
    db.close();
  });
});
