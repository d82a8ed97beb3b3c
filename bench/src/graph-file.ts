import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { migrateDatabase } from '@parley/db';
import Database from 'better-sqlite3';
import { generateGraph, type GeneratedCounts } from './generate-graph';
import { SIZES, type SizeName } from './sizes';

export const GRAPH_FOLDER = path.resolve(__dirname, '../data');

/** Raised whenever the generator writes a different graph, so older files are not reused. */
const GENERATOR_VERSION = 2;

export function graphFile(size: SizeName): string {
  return path.join(GRAPH_FOLDER, `${size}.v${GENERATOR_VERSION}.db`);
}

/** Builds the graph of a size into a fresh database file: migrations first, then the bulk path. */
export async function buildGraphFile(size: SizeName, file = graphFile(size)): Promise<GeneratedCounts> {
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  await migrateDatabase(`file:${file}`);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    // Articles are written once their quotes are known; every id is consistent by construction.
    db.pragma('foreign_keys = OFF');
    return generateGraph(db, SIZES[size]);
  } finally {
    db.close();
  }
}

export interface GraphFile {
  file: string;
  /** What the bulk path wrote and how long it took, recorded beside the file when it was built. */
  built: GeneratedCounts | null;
}

/** The graph file of a size, built once and reused by later runs. */
export async function ensureGraphFile(size: SizeName, log: (line: string) => void): Promise<GraphFile> {
  const file = graphFile(size);
  const record = `${file}.json`;
  if (existsSync(file)) {
    // A graph built before a later migration lacks what it added (the search tables, say): it is built again.
    const missed = await migrateDatabase(`file:${file}`);
    if (missed.length === 0) return { file, built: existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as GeneratedCounts) : null };
    log(`${size}: the graph predates ${missed.join(', ')}; building it again`);
  }
  rmSync(record, { force: true });
  const built = await buildGraphFile(size, file);
  writeFileSync(record, `${JSON.stringify(built, null, 2)}\n`);
  log(`built ${size}: ${describeBuild(built)}`);
  return { file, built };
}

export function describeBuild(counts: GeneratedCounts): string {
  return (
    `${counts.statements} statements, ${counts.calls} calls, ${counts.people} people, ${counts.articles} articles ` +
    `in ${counts.seconds.toFixed(1)} s (${Math.round(counts.statements / counts.seconds)} statements/s` +
    (counts.loadSeconds === undefined ? ')' : `; rows ${counts.loadSeconds.toFixed(1)} s, then indexes ${(counts.seconds - counts.loadSeconds).toFixed(1)} s)`)
  );
}
