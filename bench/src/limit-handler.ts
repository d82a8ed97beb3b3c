import { searchWords } from '@parley/domain';
import type BetterSqlite3 from 'better-sqlite3';
import { statementCursor, statementCursorKey } from './cursors';
import { W1, W2, W3, W4, W5 } from './workloads';

/**
 * The limit: each workload answered by hand-written SQL through better-sqlite3, with the
 * same JSON, byte for byte, that Parley returns. No GraphQL, no ORM: what the database and
 * Node's HTTP server cost alone.
 */
type Row = Record<string, unknown>;
type Variables = Record<string, unknown>;

const LEADER_KINDS = `('HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'MINISTER')`;
const idOfGlobalId = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString().split(':')[1]);

function groupBy<T extends Row>(rows: T[], key: string): Map<unknown, T[]> {
  const groups = new Map<unknown, T[]>();
  for (const row of rows) {
    const group = groups.get(row[key]);
    if (group) group.push(row);
    else groups.set(row[key], [row]);
  }
  return groups;
}

export function createLimitHandler(db: BetterSqlite3.Database): (body: string) => string {
  const sql = {
    leaders: db.prepare(`SELECT p.id, p.name FROM "Person" p WHERE EXISTS (SELECT 1 FROM "Role" r WHERE r.personId = p.id AND r.kind IN ${LEADER_KINDS}) ORDER BY p.name, p.id LIMIT ?`),
    personBySlug: db.prepare(`SELECT id FROM "Person" WHERE slug = ?`),
    calls: db.prepare(`SELECT person, id, date FROM (
        SELECT ep.B AS person, e.id, e.date, ROW_NUMBER() OVER (PARTITION BY ep.B ORDER BY e.date IS NULL, e.date DESC, e.time IS NULL, e.time DESC, e.id DESC) AS rank
        FROM "_EventParticipants" ep JOIN "Event" e ON e.id = ep.A
        WHERE ep.B IN (SELECT value FROM json_each(?)) AND e.kind = 'CALL')
      WHERE rank <= ? ORDER BY person, rank`),
    participants: db.prepare(`SELECT ep.A AS event, p.name FROM "_EventParticipants" ep JOIN "Person" p ON p.id = ep.B
      WHERE ep.A IN (SELECT value FROM json_each(?)) ORDER BY ep.A, p.name, p.id`),
    callStatements: db.prepare(`SELECT event, text, saidOn, speaker FROM (
        SELECT se.A AS event, s.text, s.saidOn, p.name AS speaker,
          ROW_NUMBER() OVER (PARTITION BY se.A ORDER BY s.saidOn IS NULL, s.saidOn DESC, s.id DESC) AS rank
        FROM "_StatementEvents" se JOIN "Statement" s ON s.id = se.B LEFT JOIN "Person" p ON p.id = s.speakerId
        WHERE se.A IN (SELECT value FROM json_each(?)))
      WHERE rank <= ? ORDER BY event, rank`),
    statement: db.prepare(`SELECT s.text, s.saidOn, s.channel, p.name AS speaker FROM "Statement" s LEFT JOIN "Person" p ON p.id = s.speakerId WHERE s.id = ?`),
    speakerPage: db.prepare(`SELECT s.id, s.text, s.saidOn, s.channel FROM "Statement" s
      WHERE s.speakerId = ? AND s.saidOn >= ? AND s.saidOn <= ? AND s.saidOn <= ? AND (s.saidOn < ? OR s.id < ?)
      ORDER BY s.saidOn DESC, s.id DESC LIMIT ?`),
    search: db.prepare(`SELECT s.text, s.saidOn, -bm25("StatementSearch") AS relevance
      FROM "StatementSearch" JOIN "Statement" s ON s.id = "StatementSearch".rowid WHERE "StatementSearch" MATCH ?
      ORDER BY relevance DESC, s.id ASC LIMIT 20`),
  };

  function callsWithStatements(personIds: number[], calls: number, statements: number, withParticipants: boolean) {
    const callRows = sql.calls.all(JSON.stringify(personIds), calls) as Row[];
    const callIds = [...new Set(callRows.map((row) => row['id']))];
    const participants = withParticipants ? groupBy(sql.participants.all(JSON.stringify(callIds)) as Row[], 'event') : new Map();
    const said = groupBy(sql.callStatements.all(JSON.stringify(callIds), statements) as Row[], 'event');
    return { byPerson: groupBy(callRows, 'person'), participants, said };
  }

  const answers = new Map<string, (variables: Variables) => unknown>([
    [
      W1,
      () => {
        const leaders = sql.leaders.all(10) as Row[];
        const { byPerson, participants, said } = callsWithStatements(leaders.map((row) => row['id'] as number), 10, 10, true);
        return {
          leaders: {
            nodes: leaders.map((leader) => ({
              name: leader['name'],
              calls: {
                nodes: (byPerson.get(leader['id']) ?? []).map((call) => ({
                  date: call['date'],
                  participants: (participants.get(call['id']) ?? []).map((row: Row) => ({ name: row['name'] })),
                  statements: {
                    nodes: (said.get(call['id']) ?? []).map((row) => ({ text: row['text'], speaker: row['speaker'] === null ? null : { name: row['speaker'] } })),
                  },
                })),
              },
            })),
          },
        };
      },
    ],
    [
      W2,
      (variables) => {
        const person = sql.personBySlug.get(variables['slug']) as Row | undefined;
        if (!person) return { person: null };
        const { byPerson, said } = callsWithStatements([person['id'] as number], 50, 50, false);
        return {
          person: {
            calls: {
              nodes: (byPerson.get(person['id']) ?? []).map((call) => ({
                date: call['date'],
                statements: { nodes: (said.get(call['id']) ?? []).map((row) => ({ text: row['text'], date: row['saidOn'] })) },
              })),
            },
          },
        };
      },
    ],
    [
      W3,
      (variables) => {
        const row = sql.statement.get(idOfGlobalId(String(variables['id']))) as Row | undefined;
        if (!row) return { node: null };
        return { node: { text: row['text'], date: row['saidOn'], channel: row['channel'], speaker: row['speaker'] === null ? null : { name: row['speaker'] } } };
      },
    ],
    [
      W4,
      (variables) => {
        const speaker = sql.personBySlug.get(variables['slug']) as Row | undefined;
        const after = typeof variables['after'] === 'string' ? statementCursorKey(variables['after']) : undefined;
        const key = after ? [after.saidOn, after.saidOn, after.id] : ['9999-12-31', '9999-12-31', Number.MAX_SAFE_INTEGER];
        const rows = speaker ? (sql.speakerPage.all(speaker['id'], variables['from'], variables['to'], ...key, 21) as Row[]) : [];
        const page = rows.slice(0, 20);
        const last = page.at(-1);
        return {
          statements: {
            pageInfo: { endCursor: last ? statementCursor(last['saidOn'] as string | null, last['id'] as number) : null, hasNextPage: rows.length > 20 },
            nodes: page.map((row) => ({ text: row['text'], date: row['saidOn'], channel: row['channel'] })),
          },
        };
      },
    ],
    [
      W5,
      (variables) => {
        const words = searchWords(String(variables['words']));
        const rows = 'words' in words ? (sql.search.all(words.words.map((word) => `"${word}"`).join(' ')) as Row[]) : [];
        return { statements: { edges: rows.map((row) => ({ node: { text: row['text'], date: row['saidOn'] }, search: { rank: row['relevance'] } })) } };
      },
    ],
  ]);

  return (body) => {
    const request = JSON.parse(body) as { query: string; variables?: Variables };
    const answer = answers.get(request.query);
    if (!answer) return JSON.stringify({ errors: [{ message: 'The limit answers only the benchmark workloads.' }] });
    return JSON.stringify({ data: answer(request.variables ?? {}) });
  };
}
