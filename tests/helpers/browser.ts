/**
 * Debian's Chromium driven by playwright-core: never a downloaded browser. The flags keep
 * Chromium from reaching any host (this machine's network is closed; tests must not need it).
 *
 * One Chromium for the whole `npm test` run: tests/helpers/global-setup.ts starts it as a
 * Playwright browser server and names it in BROWSER_ENV; each test file connects to it on first
 * use and disconnects when its tests end. A file run alone starts a Chromium of its own. Every
 * launchBrowser() is a new context: its own storage, cookies, permissions, color scheme and
 * viewport, as isolated as a new browser and far cheaper to start.
 */
import { after } from 'node:test';
import { chromium, type Browser as ChromiumProcess, type BrowserContext, type Page } from 'playwright-core';
import { BROWSER_ENV, CHROMIUM_OPTIONS } from './chromium.ts';

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * How many tests of one file may drive the browser at once (`describe(..., { concurrency })`).
 * Unbounded, a file of fifteen tests opened fifteen pages together while two other test files
 * did the same on this 2-core machine: page loads then queued past Playwright's 30 s timeout
 * (CI failed that way). A few at a time keep both cores busy without starving any page.
 */
export const TESTS_AT_ONCE = 3;

let running: Promise<ChromiumProcess> | undefined;

after(async () => {
  const process = running;
  running = undefined;
  if (process) await (await process).close();
});

export async function launchBrowser(options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  const server = process.env[BROWSER_ENV];
  // close() on a connected browser closes this file's contexts and disconnects; the server stays.
  running ??= server ? chromium.connect(server) : chromium.launch(CHROMIUM_OPTIONS);
  const context = await (await running).newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  // Twice Playwright's 30 s: a wait that long means a starved machine, not a broken page; a
  // broken page still fails, a minute later.
  context.setDefaultTimeout(60_000);
  return { context, close: () => context.close() };
}

/** The header the README documents for hosts that set one. */
export const STRICT_CSP = "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'";

/**
 * A page of `context` served with STRICT_CSP on every response; console errors and warnings and
 * uncaught errors go into the returned `problems` (a clean console leaves it empty).
 */
export async function strictCspPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.route('**/*', async (route) => {
    // Once more on a reset connection (a keep-alive socket closed as it was reused), as a browser would.
    const response = await route.fetch().catch(() => route.fetch());
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
  });
  return { page, problems };
}
