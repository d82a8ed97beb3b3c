import { listApiKeys, revokeApiKey } from '@parley/db';
import { startTestApi, type TestApi } from './test/graphql-client';

const ARTICLE = `date 2025-06-02
OTTAWA — Prime Minister Mark Carney spoke by phone with Mexican President Claudia Sheinbaum on Monday. "We agreed to keep talking," Carney told reporters.`;

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { created article { publishedOn } } }`;

async function articleCount(api: TestApi): Promise<number> {
  return api.database.db.article.count();
}

describe('with public reads (the default)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers queries without a key', async () => {
    const { status, body } = await api.send<{ person: { name: string } }>(`{ person(name: "Carney") { name } }`);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { person: { name: 'Mark Carney' } } });
  });

  it('refuses a mutation without a key as UNAUTHENTICATED, writing nothing', async () => {
    const before = await articleCount(api);
    const { status, headers, body } = await api.send(INGEST, { variables: { input: { text: ARTICLE } } });
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'ingestArticle needs an API key with the "write" scope: send "Authorization: Bearer <key>".',
        extensions: { code: 'UNAUTHENTICATED' },
      }),
    ]);
    expect(await articleCount(api)).toBe(before);
  });

  it('refuses a mutation with a read-only key as FORBIDDEN, writing nothing', async () => {
    const before = await articleCount(api);
    const { status, body } = await api.send(INGEST, { variables: { input: { text: ARTICLE } }, headers: await api.keyHeader(['read'], 'dashboard') });
    expect(status).toBe(403);
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'ingestArticle needs the "write" scope; key "dashboard" has read.', extensions: { code: 'FORBIDDEN' } }),
    ]);
    expect(await articleCount(api)).toBe(before);
  });

  it('refuses a wrong key, a malformed header and a revoked key as UNAUTHENTICATED', async () => {
    const writer = await api.keyHeader(['write'], 'importer');
    const forged = { authorization: writer.authorization.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A')) };
    const cases: Array<[Record<string, string>, string]> = [
      [forged, 'The API key is not valid.'],
      [{ authorization: 'Bearer parley_0000000000000000_nope' }, 'The API key is not valid.'],
      [{ authorization: 'Basic dXNlcjpwYXNz' }, 'The Authorization header must be "Bearer <API key>".'],
      [{ authorization: 'Bearer' }, 'The Authorization header must be "Bearer <API key>".'],
    ];
    const before = await articleCount(api);
    for (const [headers, message] of cases) {
      const { status, body } = await api.send(INGEST, { variables: { input: { text: ARTICLE } }, headers });
      expect({ status, errors: body.errors }).toEqual({ status: 401, errors: [expect.objectContaining({ message, extensions: { code: 'UNAUTHENTICATED' } })] });
    }
    // A wrong key is refused on reads too, rather than served as if anonymous.
    expect((await api.send(`{ countries { totalCount } }`, { headers: forged })).status).toBe(401);

    const [importer] = (await listApiKeys(api.database.db)).filter((key) => key.name === 'importer');
    await revokeApiKey(api.database.db, importer?.id ?? 0);
    const revoked = await api.send(INGEST, { variables: { input: { text: ARTICLE } }, headers: writer });
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors).toEqual([expect.objectContaining({ message: 'The API key "importer" was revoked.', extensions: { code: 'UNAUTHENTICATED' } })]);
    expect(await articleCount(api)).toBe(before);
  });

  it('runs a mutation with a write key, and records when the key was used', async () => {
    const writer = await api.keyHeader(['write'], 'newsroom-importer');
    const { status, body } = await api.send<{ ingestArticle: { created: boolean; article: { publishedOn: string } } }>(INGEST, {
      variables: { input: { text: ARTICLE } },
      headers: writer,
    });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { ingestArticle: { created: true, article: { publishedOn: '2025-06-02' } } } });
    const [key] = (await listApiKeys(api.database.db)).filter((candidate) => candidate.name === 'newsroom-importer');
    expect(key?.lastUsedAt).toBeInstanceOf(Date);
  });

  it('lets an admin key write too', async () => {
    const { body } = await api.send(`mutation($input: ArticleInput!) { extractArticle(input: $input) { publishedOn } }`, {
      variables: { input: { text: ARTICLE } },
      headers: await api.keyHeader(['admin']),
    });
    expect(body).toEqual({ data: { extractArticle: { publishedOn: '2025-06-02' } } });
  });
});

describe('with PARLEY_PUBLIC_READ=false', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ publicRead: false });
  });

  afterAll(async () => {
    await api.close();
  });

  it('asks for a key to read', async () => {
    const { status, body } = await api.send(`{ person(name: "Carney") { name } }`);
    expect(status).toBe(401);
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'person needs an API key with the "read" scope: send "Authorization: Bearer <key>".', extensions: { code: 'UNAUTHENTICATED' } }),
    ]);
    const node = await api.send(`{ node(id: "UGVyc29uOjE=") { id } }`);
    expect(node.status).toBe(401);
  });

  it('serves reads to a read key', async () => {
    const { status, body } = await api.send(`{ person(name: "Carney") { name } }`, { headers: await api.keyHeader(['read']) });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { person: { name: 'Mark Carney' } } });
  });
});

describe('managing keys over GraphQL', () => {
  let api: TestApi;
  let admin: { authorization: string };

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.keyHeader(['admin'], 'operator');
  });

  afterAll(async () => {
    await api.close();
  });

  const CREATE = `mutation($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreateApiKeyPayload { key apiKey { id name scopes revokedAt } }
      ... on ValidationError { field message }
    }
  }`;
  const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { __typename ... on ApiKey { name revokedAt } ... on Error { message } } }`;

  interface Created {
    createApiKey: { __typename: string; key?: string; apiKey?: { id: string; name: string; scopes: string[]; revokedAt: string | null }; field?: string; message?: string };
  }

  it('issues a key an admin asks for; the new key works at once and stops working once revoked', async () => {
    const { body } = await api.send<Created>(CREATE, { variables: { input: { name: 'newsroom-importer', scopes: ['WRITE'] } }, headers: admin });
    const created = body.data?.createApiKey;
    expect(created?.apiKey).toEqual({ id: expect.any(String), name: 'newsroom-importer', scopes: ['READ', 'WRITE'], revokedAt: null });
    expect(created?.key).toMatch(/^parley_[0-9a-f]{16}_/);

    const extract = `mutation { extractArticle(input: { text: "date 2025-06-02\\nCarney spoke." }) { publishedOn } }`;
    expect((await api.send(extract, { headers: { authorization: `Bearer ${created?.key}` } })).body).toEqual({ data: { extractArticle: { publishedOn: '2025-06-02' } } });

    const revoked = await api.send<{ revokeApiKey: { __typename: string; name: string; revokedAt: string } }>(REVOKE, { variables: { id: created?.apiKey?.id }, headers: admin });
    expect(revoked.body.data?.revokeApiKey).toEqual({ __typename: 'ApiKey', name: 'newsroom-importer', revokedAt: expect.stringMatching(/^\d{4}-/) });
    expect((await api.send(extract, { headers: { authorization: `Bearer ${created?.key}` } })).status).toBe(401);

    const again = await api.send(REVOKE, { variables: { id: created?.apiKey?.id }, headers: admin });
    expect(again.body.data).toEqual({ revokeApiKey: { __typename: 'ConflictError', message: expect.stringMatching(/^API key \d+ \("newsroom-importer"\) was already revoked on /) } });
  });

  it('returns typed errors for a bad name and an unknown key', async () => {
    const { body } = await api.send<Created>(CREATE, { variables: { input: { name: '   ', scopes: ['READ'] } }, headers: admin });
    expect(body.data?.createApiKey).toEqual({ __typename: 'ValidationError', field: 'input.name', message: 'input.name: must not be empty' });
    const missing = await api.send(REVOKE, { variables: { id: Buffer.from('ApiKey:9999').toString('base64') }, headers: admin });
    expect(missing.body.data).toEqual({ revokeApiKey: { __typename: 'NotFoundError', message: 'No API key has ID 9999.' } });
    // The operator's key and the one revoked above.
    expect(await api.database.db.apiKey.count()).toBe(2);
  });

  it('keeps keys from anyone without the admin scope', async () => {
    const writer = await api.keyHeader(['write'], 'importer');
    const create = await api.send(CREATE, { variables: { input: { name: 'sneaky', scopes: ['ADMIN'] } }, headers: writer });
    expect(create.status).toBe(403);
    expect(create.body.errors).toEqual([expect.objectContaining({ message: 'createApiKey needs the "admin" scope; key "importer" has read, write.', extensions: { code: 'FORBIDDEN' } })]);
    const list = await api.send(`{ apiKeys { totalCount } }`);
    expect(list.status).toBe(401);
    const operator = await api.send<{ apiKeys: { totalCount: number } }>(`{ apiKeys { totalCount nodes { name } } }`, { headers: admin });
    expect(operator.body.data?.apiKeys.totalCount).toBe(3);
    const keyId = Buffer.from('ApiKey:1').toString('base64');
    const byNode = await api.send(`{ node(id: "${keyId}") { id ... on ApiKey { name } } }`, { headers: writer });
    expect(byNode.body.data).toEqual({ node: null });
    expect(byNode.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
    expect(await api.database.db.apiKey.count()).toBe(3);
  });
});
