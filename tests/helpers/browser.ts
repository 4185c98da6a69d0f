/**
 * Debian's Chromium driven by playwright-core: never a downloaded browser. The flags keep
 * Chromium from reaching any host (this machine's network is closed; tests must not need it).
 *
 * One Chromium process per test file, started on first use and closed when the file's tests
 * end; every launchBrowser() is a new context in it: its own storage, cookies, permissions,
 * color scheme and viewport, as isolated as a new browser and far cheaper to start.
 */
import { after } from 'node:test';
import { chromium, type Browser as ChromiumProcess, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

let running: Promise<ChromiumProcess> | undefined;

after(async () => {
  const process = running;
  running = undefined;
  if (process) await (await process).close();
});

export async function launchBrowser(options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  running ??= chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await (await running).newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  return { context, close: () => context.close() };
}
