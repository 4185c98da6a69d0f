/** The CLI's commands, driving Astro programmatically with our integration. */
import path from 'node:path';
import { build, dev, preview } from 'astro';
import mkdocs from '../integration.ts';
import { formatMessage, type SiteMessage } from '../site/messages.ts';

/** The package root: Astro's `root`, where src/pages lives. */
const ROOT = path.resolve(import.meta.dirname, '../..');

class StrictFailure extends Error {}

interface Tally {
  warnings: number;
  errors: number;
}

function reporter(tally: Tally, strict: () => boolean) {
  // A build works in its workspace while Astro runs (src/integration.ts): paths stay relative
  // to where the command was started.
  const cwd = process.cwd();
  return (messages: readonly SiteMessage[]) => {
    for (const m of messages) {
      if (m.severity === 'error') tally.errors++;
      if (m.severity === 'warning') tally.warnings++;
      (m.severity === 'info' ? console.log : console.error)(formatMessage(m, cwd));
    }
    if (strict() && (tally.errors > 0 || tally.warnings > 0)) {
      throw new StrictFailure(`aborted with ${tally.warnings} warning(s) and ${tally.errors} error(s) in strict mode`);
    }
  };
}

function describe(error: unknown, cwd: string): string {
  if (!(error instanceof Error)) return String(error);
  // Astro wraps errors thrown by integrations; show the original message.
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const text = cause && !error.message.includes(cause.message) ? `${error.message}: ${cause.message}` : error.message;
  // Paths relative to where the command runs, as in every other message.
  return text.split(`${cwd}${path.sep}`).join('');
}

export async function runBuild(options: { configFile: string; siteDir: string | undefined; strict: boolean; cache: boolean }): Promise<number> {
  const cwd = process.cwd();
  const started = performance.now();
  const tally: Tally = { warnings: 0, errors: 0 };
  let summary: { pages: number; outDir: string; searchPages: number } | undefined;
  // `strict: true` in mkdocs.yml acts as --strict (known once the config is read).
  let strict = options.strict;
  const integration = mkdocs({
    configFile: options.configFile,
    siteDir: options.siteDir,
    cache: options.cache,
    onPrepared: (site) => { strict ||= site.config.strict; },
    onMessages: reporter(tally, () => strict),
    onBuilt: (s) => { summary = s; },
  });
  try {
    await build({
      root: ROOT,
      configFile: false,
      // Our own messages carry file:line; Astro's would repeat every integration error.
      logLevel: 'silent',
      integrations: [integration],
    });
  } catch (error) {
    console.error(`error: ${describe(error, cwd)}`);
    tally.errors = Math.max(tally.errors, 1);
  } finally {
    integration.dispose();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (summary) console.log(`search: ${summary.searchPages} pages indexed`);
  const previewArgs = [
    ...(options.configFile === path.resolve('mkdocs.yml') ? [] : ['-f', path.relative(process.cwd(), options.configFile)]),
    ...(options.siteDir ? ['-d', path.relative(process.cwd(), options.siteDir)] : []),
  ];
  const preview = ['npx mkdocs-astro preview', ...previewArgs].join(' ');
  const where = summary ? ` -> ${path.relative(process.cwd(), summary.outDir) || '.'}${tally.errors === 0 ? ` (view it with: ${preview})` : ''}` : '';
  // Always the last line: what was built and how it went.
  console.log(`built ${summary?.pages ?? 0} pages, ${tally.warnings} warnings, ${tally.errors} errors in ${seconds}s${where}`);
  return tally.errors > 0 || (strict && tally.warnings > 0) ? 1 : 0;
}

export async function runServe(options: { configFile: string; address: { host: string; port: number } }): Promise<number> {
  const cwd = process.cwd();
  const tally: Tally = { warnings: 0, errors: 0 };
  try {
    await dev({
      root: ROOT,
      configFile: false,
      server: { host: options.address.host, port: options.address.port },
      // `-a` is taken literally: a port in use is an error, never a silent move to another port.
      vite: { server: { strictPort: true } },
      integrations: [mkdocs({ configFile: options.configFile, onMessages: reporter(tally, () => false) })],
    });
  } catch (error) {
    console.error(`error: ${describe(error, cwd)}`);
    return 1;
  }
  // The dev server keeps the process alive until interrupted.
  return 0;
}

export async function runPreview(options: { configFile: string; siteDir: string | undefined; address: { host: string; port: number } }): Promise<number> {
  const cwd = process.cwd();
  try {
    await preview({
      root: ROOT,
      configFile: false,
      server: { host: options.address.host, port: options.address.port },
      integrations: [mkdocs({ configFile: options.configFile, siteDir: options.siteDir, onMessages: () => undefined })],
    });
  } catch (error) {
    console.error(`error: ${describe(error, cwd)}`);
    return 1;
  }
  return 0;
}

