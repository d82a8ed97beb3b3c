import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { FetchAPI, GraphQLParams, Plugin } from 'graphql-yoga';
import { jsonErrorResponse } from './http-responses';
import { maxBodyBytes, type AppSettings } from './settings';

/**
 * The limits checked while a query is parsed and validated, before anything runs. Tuned so
 * that `leaders(first: 100) → calls(first: 100) → participants, statements(first: 100) →
 * speaker`, written with `nodes` (cost 5,050,300) or with `edges { node }` (6,060,400),
 * passes. A field costs 1, an object 1 plus its fields, times the `first` it asks for.
 */
export const QUERY_LIMITS = {
  depth: 12,
  cost: 10_000_000,
  aliases: 30,
  directives: 20,
  tokens: 2000,
} as const;

function armor(settings: AppSettings): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: QUERY_LIMITS.depth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: QUERY_LIMITS.cost, objectCost: 1, scalarCost: 1, depthCostFactor: 1, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.aliases, allowList: [] },
    maxDirectives: { n: QUERY_LIMITS.directives },
    maxTokens: { n: QUERY_LIMITS.tokens },
    blockFieldSuggestion: { enabled: !settings.fieldSuggestions, mask: '' },
  }) as Plugin;
}

function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-GB')} bytes`;
}

function bodyTooLarge(fetchAPI: FetchAPI, limit: number, size: string): Response {
  return jsonErrorResponse(
    fetchAPI,
    413,
    'PAYLOAD_TOO_LARGE',
    `The request body is ${size}, over the limit of ${formatBytes(limit)} (sized for articles of PARLEY_MAX_ARTICLE_BYTES).`,
  );
}

/** The body's bytes, or null as soon as they pass the limit: a lying or absent length cannot get more through. */
async function readWithin(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function notUtf8(fetchAPI: FetchAPI): Response {
  return jsonErrorResponse(fetchAPI, 400, 'BAD_REQUEST', 'The request body is not valid UTF-8.');
}

/** Yoga's answer to a body that is not JSON, kept word for word. */
function invalidJson(error: unknown): GraphQLError {
  const originalError = error instanceof Error ? { name: error.name, message: error.message } : undefined;
  return new GraphQLError('POST body sent invalid JSON.', { extensions: { http: { spec: true, status: 400 }, code: 'BAD_REQUEST', ...(originalError ? { originalError } : {}) } });
}

function isJson(request: Request): boolean {
  const type = request.headers.get('content-type')?.split(',')[0] ?? '';
  return type === 'application/json' || type.startsWith('application/json;');
}

/**
 * Reads a POST body once: refused with 413 when it is over the limit, by its declared length
 * or while reading it (a lying or absent length cannot get more through); refused with 400 when
 * it is not UTF-8, since decoding would replace a bad byte with U+FFFD, which would be stored as
 * if the article said it and shift every span after it. A JSON body is then parsed from the
 * bytes already read; any other goes on to the parser Yoga chose for it.
 */
function useRequestBody(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, endResponse, fetchAPI }) {
      const declared = Number(request.headers.get('content-length') ?? 0);
      if (declared > limit) return endResponse(bodyTooLarge(fetchAPI, limit, formatBytes(declared)));
      if (request.method !== 'POST' || !request.body || !requestParser) return;
      setRequestParser(async (incoming) => {
        const body = await readWithin(incoming, limit);
        if (body === null) return bodyTooLarge(fetchAPI, limit, 'larger');
        let text: string;
        try {
          text = strictUtf8.decode(body);
        } catch {
          return notUtf8(fetchAPI);
        }
        if (!isJson(incoming)) return requestParser(new fetchAPI.Request(incoming.url, { method: incoming.method, headers: incoming.headers, body: text }));
        let params: unknown;
        try {
          params = JSON.parse(text);
        } catch (error) {
          throw invalidJson(error);
        }
        if (params === null || typeof params !== 'object') {
          throw new GraphQLError(`POST body is expected to be object but received ${params === null ? 'null' : typeof params}`, { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } });
        }
        return params as GraphQLParams;
      });
    },
  };
}

/** Replaces a result larger than the limit by an error saying so; no client receives more. */
function useResponseLimit(limit: number): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone({ result, setResult }) {
        if (Symbol.asyncIterator in result) return;
        const size = Buffer.byteLength(JSON.stringify(result), 'utf8');
        if (size <= limit) return;
        setResult({
          data: null,
          errors: [
            new GraphQLError(
              `The response would be ${formatBytes(size)}, over the limit of ${formatBytes(limit)} (PARLEY_MAX_RESPONSE_BYTES): ask for fewer items, or for a range of Article.text.`,
              { extensions: { code: 'RESPONSE_TOO_LARGE', limit } },
            ),
          ],
        });
      },
    }),
  };
}

function useNoIntrospection(): Plugin {
  return { onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) };
}

/** Every bound on the work one request may ask for, in the order a request meets them. */
export function useRequestLimits(settings: AppSettings): Plugin[] {
  return [
    useRequestBody(maxBodyBytes(settings)),
    armor(settings),
    ...(settings.introspection ? [] : [useNoIntrospection()]),
    useResponseLimit(settings.maxResponseBytes),
  ];
}
