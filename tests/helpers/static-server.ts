/**
 * A tiny static file server for end-to-end tests: serves `root` under `base` (e.g. `/guide/`)
 * on 127.0.0.1 with a random port, as a static host would (index.html for folders, 404.html).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.xml': 'application/xml',
  '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream', '.wasm': 'application/wasm',
};

export interface RunningServer {
  readonly url: string;
  /** Every path requested, to check what a page loads. */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function serveStatic(root: string, base = '/'): Promise<RunningServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(pathname);
    const send = (status: number, file: string) => {
      response.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    };
    const notFound = path.join(root, '404.html');
    if (!pathname.startsWith(base)) return existsSync(notFound) ? send(404, notFound) : response.writeHead(404).end();
    let file = path.join(root, pathname.slice(base.length));
    if (!path.resolve(file).startsWith(path.resolve(root))) return response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (existsSync(file)) return send(200, file);
    return existsSync(notFound) ? send(404, notFound) : response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
