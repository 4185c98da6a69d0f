/**
 * A static host for end-to-end tests: serves `root` under `base` (e.g. `/guide/`) on 127.0.0.1
 * with a random port, as a static host would: sirv serves the files (index.html for folders),
 * anything missing gets the site's 404.html with status 404, anything outside `base` too.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

export interface RunningServer {
  readonly url: string;
  /** Every path requested, to check what a page loads. */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function serveStatic(root: string, base = '/'): Promise<RunningServer> {
  const requests: string[] = [];
  const files = sirv(root, { dev: true, etag: false, dotfiles: false });
  const notFound = (response: ServerResponse) => {
    try {
      const body = readFileSync(path.join(root, '404.html'));
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    requests.push(decodeURIComponent(url.pathname));
    if (!url.pathname.startsWith(base)) return notFound(response);
    request.url = `/${url.pathname.slice(base.length)}${url.search}`;
    files(request, response, () => notFound(response));
  });
  // Node closes an idle keep-alive socket after 5 s; a client (Playwright's route.fetch) that
  // reuses it at that moment gets ECONNRESET. Tests keep sockets idle longer under load.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    // Every connection goes at once: close() alone waits for the clients' idle keep-alive
    // sockets (fetch keeps them for the 60 s the server offers), which held a file for 58 s.
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
