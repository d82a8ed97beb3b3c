import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

/** The explorer asks nothing of any other origin: no CDN, no fonts, no API elsewhere. */
const EXPLORER_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

interface Asset {
  body: Buffer;
  gzipped?: Buffer;
  type: string;
}

async function loadAsset(path: string): Promise<Asset | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const body = await readFile(path);
  const extension = extname(path);
  return { body, type: CONTENT_TYPES[extension] ?? 'application/octet-stream', ...(COMPRESSIBLE.has(extension) && { gzipped: gzipSync(body) }) };
}

function respond(request: Request, asset: Asset, headers: Record<string, string>): Response {
  const gzip = asset.gzipped && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
  const body = gzip ? asset.gzipped : asset.body;
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body as Buffer), {
    status: 200,
    headers: { 'content-type': asset.type, 'content-length': String(body?.length ?? 0), vary: 'accept-encoding', ...(gzip && { 'content-encoding': 'gzip' }), ...headers },
  });
}

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parley</title></head><body><main>
<h1>The Parley Explorer is not built</h1><p>Build it with <code>npx nx run web:build</code> (or start Parley with <code>npm start</code>, which builds it),
then reload. The API is at <a href="/graphql">/graphql</a>.</p></main></body></html>`;

/**
 * Serves the built explorer (a directory holding `index.html` and `assets/`) beside the API:
 * its files by path, and `index.html` for every other address outside `graphqlEndpoint`, so that
 * `/people/donald-trump` can be bookmarked and reloaded. Hashed assets are cached for good;
 * the page itself is revalidated, so a new build shows at the next load.
 */
export function useExplorer(directory: string, graphqlEndpoint: string): Plugin {
  const root = resolve(directory);
  const assets = new Map<string, Promise<Asset | undefined>>();
  return {
    async onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === graphqlEndpoint || url.pathname.startsWith(`${graphqlEndpoint}/`)) return;

      let path: string;
      try {
        path = resolve(join(root, decodeURIComponent(url.pathname)));
      } catch {
        return;
      }
      if (path.startsWith(`${root}${sep}assets${sep}`)) {
        if (!assets.has(path)) assets.set(path, loadAsset(path));
        const asset = await assets.get(path);
        if (!asset) assets.delete(path);
        else endResponse(respond(request, asset, { 'cache-control': 'public, max-age=31536000, immutable' }));
        return;
      }
      // An address with an extension is a file that does not exist: Yoga answers 404.
      if (extname(url.pathname) && url.pathname !== '/index.html') return;

      const page = await loadAsset(join(root, 'index.html'));
      if (!page) {
        endResponse(new Response(NOT_BUILT, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } }));
        return;
      }
      endResponse(respond(request, page, { 'cache-control': 'no-cache', 'content-security-policy': EXPLORER_CSP, 'x-content-type-options': 'nosniff' }));
    },
  };
}
