// API keys over GraphQL, for holders of an admin key: the same operations as
// `parley keys`, with expected failures typed in each mutation's result.
import { API_SCOPES, ConflictError, createApiKey, getDatabase, InputError, isApiScope, NotFoundError, revokeApiKey, type ApiScope } from '@parley/db';
import { builder } from '../builder';
import { idFromGlobalId } from '../inputs';

const ApiScopeEnum = builder.enumType('ApiScope', {
  description: 'READ runs queries when reads are not public, WRITE runs mutations (and reads), ADMIN manages keys (and writes).',
  values: Object.fromEntries(API_SCOPES.map((scope) => [scope.toUpperCase(), { value: scope }])) as Record<Uppercase<ApiScope>, { value: ApiScope }>,
});

export const ApiKeyRef = builder.prismaNode('ApiKey', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { admin: true },
  runScopesOnType: true,
  description: 'A credential for the API. Its secret is shown once, when it is created; only a hash is stored.',
  fields: (t) => ({
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The public part of the key, which identifies it in logs: parley_<prefix>_….' }),
    scopes: t.field({ type: [ApiScopeEnum], select: { scopes: true }, resolve: (key) => key.scopes.split(',').filter(isApiScope) }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'Recorded to the minute.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'What the key is for, e.g. "newsroom-importer".' }),
    scopes: t.field({ type: [ApiScopeEnum], required: true }),
  }),
});

interface CreatedKey {
  key: string;
  id: number;
}

const CreateApiKeyPayloadRef = builder.objectRef<CreatedKey>('CreateApiKeyPayload').implement({
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The whole key, to send as "Authorization: Bearer <key>". Shown only here.' }),
    apiKey: t.prismaField({ type: ApiKeyRef, resolve: (query, created) => getDatabase().apiKey.findUniqueOrThrow({ ...query, where: { id: created.id } }) }),
  }),
});

builder.queryField('apiKeys', (t) =>
  t.prismaConnection({
    type: ApiKeyRef,
    cursor: 'id',
    authScopes: { admin: true },
    description: 'Every API key, revoked ones included, oldest first. Needs an admin key.',
    totalCount: () => getDatabase().apiKey.count(),
    resolve: (query) => getDatabase().apiKey.findMany({ ...query, orderBy: { id: 'asc' } }),
  }),
);

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreateApiKeyPayloadRef,
    authScopes: { admin: true },
    description: 'Issues a key with the given scopes. Needs an admin key.',
    errors: { types: [InputError], directResult: true },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: async (_root, { input }) => {
      try {
        const { key, info } = await createApiKey(getDatabase(), { name: input.name, scopes: input.scopes });
        return { key, id: info.id };
      } catch (error) {
        if (error instanceof InputError) throw new InputError(`input.${error.field === 'scope' ? 'scopes' : error.field}`, error.problem);
        throw error;
      }
    },
  }),
  revokeApiKey: t.prismaField({
    type: ApiKeyRef,
    authScopes: { admin: true },
    description: 'Revokes a key: every later request with it is refused. Needs an admin key.',
    errors: { types: [NotFoundError, ConflictError], directResult: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }) => {
      const key = await revokeApiKey(getDatabase(), idFromGlobalId(String(id), ['ApiKey'], 'id'));
      return getDatabase().apiKey.findUniqueOrThrow({ ...query, where: { id: key.id } });
    },
  }),
}));
