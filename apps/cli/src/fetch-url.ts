import { readArticles, type ArticleSource, type InputFormat } from '@parley/ingest';

export const FETCH_TIMEOUT_MS = 15_000;
export const FETCH_MAX_BYTES = 10 * 1024 * 1024;

export function isUrl(given: string): boolean {
  return /^https?:\/\//i.test(given);
}

function formatOfContentType(contentType: string | null): InputFormat | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/^application\/(rss|atom)\+xml$/.test(type) || type === 'application/xml' || type === 'text/xml') return 'feed';
  if (type === 'application/json') return 'json';
  if (type === 'application/x-ndjson' || type === 'application/jsonl') return 'json-lines';
  if (type === 'text/plain') return 'text';
  return null;
}

async function readLimited(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * The articles at a URL: a page, a feed or JSON, by its content type (else by content),
 * fetched within a time and size limit. A failure is a failed source naming the URL.
 */
export async function fetchArticles(url: string, publishedAt: string | null, limits = { timeoutMs: FETCH_TIMEOUT_MS, maxBytes: FETCH_MAX_BYTES }): Promise<ArticleSource[]> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(limits.timeoutMs), headers: { accept: 'text/html, application/rss+xml, application/atom+xml, application/json, text/plain;q=0.8' } });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${limits.timeoutMs / 1000} s` : `could not be fetched (${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)})`;
    return [{ name: url, error: reason }];
  }
  if (!response.ok || !response.body) return [{ name: url, error: `answered HTTP ${response.status}` }];
  const declared = Number(response.headers.get('content-length') ?? 0);
  const tooLarge = `is larger than ${limits.maxBytes / 1024 / 1024} MB`;
  if (declared > limits.maxBytes) return [{ name: url, error: tooLarge }];
  const bytes = await readLimited(response.body, limits.maxBytes);
  if (!bytes) return [{ name: url, error: tooLarge }];
  const format = formatOfContentType(response.headers.get('content-type'));
  return readArticles(bytes, url, format, { publishedAt }).map((source) =>
    'input' in source && format !== 'feed' ? { ...source, input: { ...source.input, url: source.input.url ?? url } } : source,
  );
}
