/**
 * One served site per browser test file: takes the run's shared build of `build` (built once
 * for every file that asks for it, see shared-site.ts) in `before`, serves it under `base`, and
 * in `after` closes every browser the tests opened (even when a test failed midway) and the
 * server. Call inside `describe`.
 */
import { after, before } from 'node:test';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser.ts';
import type { BuiltSite } from './build-site.ts';
import { sharedSite, type SharedBuild } from './shared-site.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

export interface SiteSession {
  readonly site: BuiltSite;
  readonly server: RunningServer;
  /** A browser closed with the session. */
  browser(options?: Parameters<typeof launchBrowser>[0]): Promise<Browser>;
  /** A new page in a new browser, at `url` relative to the served base. */
  open(url: string, options?: Parameters<typeof launchBrowser>[0]): Promise<Page>;
}

export function siteSession(build: SharedBuild, base = '/'): SiteSession {
  let site: BuiltSite | undefined;
  let server: RunningServer | undefined;
  const browsers: Browser[] = [];
  before(async () => {
    site = await sharedSite(build);
    server = await serveStatic(site.dir, base);
  });
  after(async () => {
    for (const browser of browsers) await browser.close();
    await server?.close();
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
