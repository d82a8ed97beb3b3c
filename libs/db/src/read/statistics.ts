import type { Database } from '../client';

/**
 * Gathers the planner's statistics (the same `ANALYZE` on SQLite and PostgreSQL). Without
 * them SQLite picks plans by guesswork, e.g. walking every call by kind and date instead of
 * one leader's calls; run after migrations and bulk loads.
 */
export async function refreshStatistics(db: Database): Promise<void> {
  await db.$executeRawUnsafe('ANALYZE');
}
