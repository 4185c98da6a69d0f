/**
 * How the tests start Debian's Chromium (never a downloaded browser), shared by the browser
 * helper (tests/helpers/browser.ts) and the run's global setup, which starts one for every file.
 * The flags keep Chromium from reaching any host: this machine's network is closed, and tests
 * must not need it.
 */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** The run's shared browser server (its WebSocket address), when global setup started one. */
export const BROWSER_ENV = 'MKDOCS_ASTRO_TEST_BROWSER';

/** How Chromium is started, alone or as the run's server. */
export const CHROMIUM_OPTIONS = {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
