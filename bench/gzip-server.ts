/**
 * A static host for bench/lighthouse.ts, shaped like a production one, because Lighthouse scores
 * what the host sends: text is gzipped (our `preview` is Astro's, which does not compress, and
 * an uncompressed 3.5 MB Mermaid bundle would be measured as such), the hashed files under
 * `_astro/` are cached for a year and everything else is revalidated, as on GitHub Pages or
 * Netlify, and every response carries the README's strict Content-Security-Policy, so a
 * refused inline script or style shows up in Lighthouse's console audit.
 *
 * `root` is served under `base` (`/` or e.g. `/guide/`); a folder answers with its index.html,
 * anything else missing (or outside `base`) with the site's 404.html and status 404.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { lookup } from 'mrmime';

const gzipAsync = promisify(gzip);

export const STRICT_CSP = "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'";

/** Types worth compressing; Pagefind's index files are compressed already. */
export function isCompressible(type: string): boolean {
  return /^text\/|^application\/(?:javascript|json|xml|manifest\+json)|^image\/svg\+xml/.test(type);
}

/**
 * The file a request path names under `root`, or undefined when it is outside `base` or would
 * leave `root` (`..`, decoded or not). `/guide/a/` → `<root>/a/index.html`.
 */
export function fileFor(root: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  if (rest === '' || rest.endsWith('/')) rest += 'index.html';
  const file = path.resolve(root, rest);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return file;
}

export interface GzipServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function serveGzipped(root: string, base = '/'): Promise<GzipServer> {
  const send = async (request: IncomingMessage, response: ServerResponse, file: string, status: number) => {
    const type = lookup(file) ?? 'application/octet-stream';
    let body = await readFile(file);
    const headers: Record<string, string> = {
      'Content-Type': type.startsWith('text/') ? `${type}; charset=utf-8` : type,
      'Content-Security-Policy': STRICT_CSP,
      'Cache-Control': file.includes(`${path.sep}_astro${path.sep}`) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      Vary: 'Accept-Encoding',
    };
    if (isCompressible(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = await gzipAsync(body, { level: 9 });
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
  };
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://x');
    const answer = async () => {
      let file = fileFor(root, base, pathname);
      // A folder asked for without its slash: send the browser to the slashed address.
      if (file && (await stat(file).catch(() => undefined))?.isDirectory()) {
        response.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      if (file && !(await stat(file).catch(() => undefined))?.isFile()) file = undefined;
      if (file) await send(request, response, file, 200);
      else await send(request, response, path.join(root, '404.html'), 404).catch(() => response.writeHead(404).end());
    };
    answer().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
