import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database, Prisma } from '@parley/db';
import { searchWords } from '@parley/domain';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { statementCursor, statementCursorKey } from './cursors';

/**
 * The usual way, as tutorials build it: Parley's own SDL with a plain resolver map over the
 * same Prisma client, one query per field and per parent. Enough of it for the workloads.
 */
type Args = Record<string, unknown>;
type Row = Record<string, unknown> & { id: number };
type Resolver = (parent: Row, args: Args) => unknown;

const LEADER_KINDS = ['HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'MINISTER'] as const;
const statementOrder: Prisma.StatementOrderByWithRelationInput[] = [{ saidOn: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }];
const eventOrder: Prisma.EventOrderByWithRelationInput[] = [{ date: { sort: 'desc', nulls: 'last' } }, { time: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }];

function page(rows: Row[], first: number) {
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return { nodes, pageInfo: { endCursor: last ? statementCursor((last['saidOn'] as string | null) ?? null, last.id) : null, hasNextPage: rows.length > first } };
}

/** Prisma has no full-text search on SQLite: the usual way is a raw query on the FTS5 table, most relevant first. */
async function rankedPage(db: Database, search: string, first: number) {
  const words = searchWords(search);
  if (!('words' in words)) throw new Error(`filter.search: ${words.problem}`);
  const match = words.words.map((word) => `"${word}"`).join(' ');
  const rows = await db.$queryRaw<Array<Row & { relevance: number }>>`SELECT s.*, -bm25("StatementSearch") AS relevance
    FROM "StatementSearch" JOIN "Statement" s ON s.id = "StatementSearch".rowid WHERE "StatementSearch" MATCH ${match}
    ORDER BY relevance DESC, s.id ASC LIMIT ${first + 1}`;
  return { edges: rows.slice(0, first).map((row) => ({ node: row, search: { rank: row.relevance } })), pageInfo: { hasNextPage: rows.length > first } };
}

export function createUsualSchema(db: Database): GraphQLSchema {
  const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));
  const resolvers: Record<string, Record<string, Resolver>> = {
    Query: {
      leaders: async (_parent, args) =>
        page(
          await db.person.findMany({ where: { roles: { some: { kind: { in: [...LEADER_KINDS] } } } }, orderBy: [{ name: 'asc' }, { id: 'asc' }], take: Number(args['first'] ?? 20) + 1 }),
          Number(args['first'] ?? 20),
        ),
      person: (_parent, args) => db.person.findUnique({ where: { slug: String(args['slug']) } }),
      node: async (_parent, args) => {
        const [typename, id] = Buffer.from(String(args['id']), 'base64').toString().split(':');
        const statement = typename === 'Statement' ? await db.statement.findUnique({ where: { id: Number(id) } }) : null;
        return statement ? { ...statement, __typename: 'Statement' } : null;
      },
      statements: async (_parent, args) => {
        const filter = (args['filter'] ?? {}) as { speaker?: { slug: string }; date?: { from: string; to: string }; textContains?: string; search?: string };
        const first = Number(args['first'] ?? 20);
        if (filter.search) return rankedPage(db, filter.search, first);
        const speaker = filter.speaker ? await db.person.findUnique({ where: { slug: filter.speaker.slug } }) : null;
        const where: Prisma.StatementWhereInput = {
          ...(filter.speaker ? { speakerId: speaker?.id ?? -1 } : {}),
          ...(filter.date ? { saidOn: { gte: filter.date.from, lte: filter.date.to } } : {}),
          ...(filter.textContains ? { text: { contains: filter.textContains } } : {}),
        };
        const query: Prisma.StatementFindManyArgs = { where, orderBy: statementOrder, take: first + 1 };
        if (typeof args['after'] === 'string') Object.assign(query, { cursor: { id: statementCursorKey(args['after']).id }, skip: 1 });
        return page(await db.statement.findMany(query), first);
      },
    },
    Person: {
      calls: async (person, args) =>
        page(
          await db.event.findMany({ where: { kind: 'CALL', participants: { some: { id: person.id } } }, orderBy: eventOrder, take: Number(args['first'] ?? 20) + 1 }),
          Number(args['first'] ?? 20),
        ),
    },
    Call: {
      participants: (call) => db.person.findMany({ where: { events: { some: { id: call.id } } }, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
      statements: async (call, args) =>
        page(await db.statement.findMany({ where: { events: { some: { id: call.id } } }, orderBy: statementOrder, take: Number(args['first'] ?? 20) + 1 }), Number(args['first'] ?? 20)),
    },
    Statement: {
      date: (statement) => statement['saidOn'],
      speaker: (statement) => (statement['speakerId'] === null ? null : db.person.findUnique({ where: { id: Number(statement['speakerId']) } })),
    },
  };
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!type || !('getFields' in type)) throw new Error(`The SDL has no type ${typeName}`);
    const declared = type.getFields() as Record<string, { resolve?: unknown }>;
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const field = declared[fieldName];
      if (!field) throw new Error(`The SDL has no field ${typeName}.${fieldName}`);
      field.resolve = resolve;
    }
  }
  return schema;
}
