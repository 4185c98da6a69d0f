/**
 * One built and served site per browser test file: builds `configFile` with the real CLI in
 * `before`, serves it under `base`, and in `after` closes every browser the tests opened (even
 * when a test failed midway), the server and the temp folder. Call inside `describe`.
 */
import { rmSync } from 'node:fs';
import { after, before } from 'node:test';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser.ts';
import { buildSite, type BuiltSite } from './build-site.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

export interface SiteSession {
  readonly site: BuiltSite;
  readonly server: RunningServer;
  /** A browser closed with the session. */
  browser(options?: Parameters<typeof launchBrowser>[0]): Promise<Browser>;
  /** A new page in a new browser, at `url` relative to the served base. */
  open(url: string, options?: Parameters<typeof launchBrowser>[0]): Promise<Page>;
}

export function siteSession(configFile: string, base = '/'): SiteSession {
  let site: BuiltSite | undefined;
  let server: RunningServer | undefined;
  const browsers: Browser[] = [];
  before(async () => {
    site = await buildSite(configFile);
    server = await serveStatic(site.dir, base);
  });
  after(async () => {
    for (const browser of browsers) await browser.close();
    await server?.close();
    if (site) rmSync(site.dir, { recursive: true, force: true });
  });
  const session: SiteSession = {
    get site() {
      if (!site) throw new Error('the site is built in before(); use it inside a test');
      return site;
    },
    get server() {
      if (!server) throw new Error('the site is served in before(); use it inside a test');
      return server;
    },
    async browser(options = {}) {
      const browser = await launchBrowser(options);
      browsers.push(browser);
      return browser;
    },
    async open(url, options = {}) {
      const page = await (await session.browser(options)).context.newPage();
      await page.goto(session.server.url + url);
      return page;
    },
  };
  return session;
}
