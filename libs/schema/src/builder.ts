import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { getDatabase } from '@parley/db';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { scopeAuthOptions } from './auth-scopes';
import type { ParleyContext } from './context';
import type PrismaTypes from './generated/pothos-prisma-types';
import { getDatamodel } from './generated/pothos-prisma-types';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

export const builder = new SchemaBuilder<{
  Context: ParleyContext;
  AuthScopes: { read: boolean; write: boolean; admin: boolean };
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    Date: { Input: Date; Output: Date | string };
    DateTime: { Input: Date; Output: Date | string };
    ID: { Input: string; Output: string | number };
  };
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin],
  errors: { defaultTypes: [] },
  scopeAuth: scopeAuthOptions,
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
    nodesQueryOptions: { nullable: { list: false, items: true } },
    nodeQueryOptions: { nullable: true },
  },
  prisma: {
    client: () => getDatabase(),
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
    onUnusedQuery: process.env['NODE_ENV'] === 'production' ? null : 'error',
  },
});

builder.addScalarType('Date', DateResolver);
builder.addScalarType('DateTime', DateTimeResolver);

builder.queryType({
  authScopes: { read: true },
  description: 'Read the graph: leaders, their calls and meetings, what they said, the actions they announced, and the articles behind every fact.',
});
