/** Parley's cursor of a statement in a list by day (its day and id), as the baselines write and read it. */
export function statementCursor(saidOn: string | null, id: number): string {
  return Buffer.from(`GPC:T:${JSON.stringify([saidOn === null ? null : `S:${saidOn}`, `N:${id}`])}`).toString('base64');
}

export function statementCursorKey(cursor: string): { saidOn: string | null; id: number } {
  const [saidOn, id] = JSON.parse(Buffer.from(cursor, 'base64').toString().replace(/^GPC:T:/, '')) as [string | null, string];
  return { saidOn: saidOn?.slice(2) ?? null, id: Number(id.slice(2)) };
}
