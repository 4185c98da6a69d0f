/**
 * The CLI's commands, driving Astro programmatically with our integration. Astro and the
 * integration are loaded only by the command that needs them: a build whose site is up to date
 * (./up-to-date.ts) never loads them, and one whose pages changed only in content
 * (src/integration/content-patch.ts) never loads Astro.
 */
import path from 'node:path';
import type { build as astroBuild } from 'astro';
import type { ConfigOverrides } from '../config/index.ts';
import { formatMessage, type SiteMessage } from '../site/messages.ts';
import type { SpareWorker } from '../site/render-process.ts';
import type { CommandOptions } from './options.ts';
import { codeKey, preflight } from './up-to-date.ts';

/** The package root: Astro's `root`, where src/pages lives. */
const ROOT = path.resolve(import.meta.dirname, '../..');

class StrictFailure extends Error {}

interface Tally {
  warnings: number;
  errors: number;
}

/** Prints each message (only errors when `quiet`) and counts them; throws past a warning in strict mode. */
function reporter(tally: Tally, strict: () => boolean, quiet = false) {
  // A build works in its workspace while Astro runs (src/integration.ts): paths stay relative
  // to where the command was started.
  const cwd = process.cwd();
  return (messages: readonly SiteMessage[]) => {
    for (const m of messages) {
      if (m.severity === 'error') tally.errors++;
      if (m.severity === 'warning') tally.warnings++;
      if (quiet && m.severity !== 'error') continue;
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

/**
 * Astro's build first writes TypeScript declarations for content collections and `astro:env`
 * into `<root>/.astro/` (`astro sync`): we have neither, and the root is the build's throwaway
 * workspace, so that is ~0.15 s of every build for files nobody reads. `sync: false` is the
 * option Astro's own builder takes for it (core/build/index.js), not in the public BuildOptions
 * type; an Astro without it ignores it and syncs as before. Checked: the site is byte for byte
 * the same either way.
 */
const SKIP_TYPE_GENERATION = { sync: false } as Parameters<typeof astroBuild>[1];

/**
 * A cold build (no last build in the output folder to patch, or --no-cache) of enough Markdown
 * renders its pages in a worker while Astro loads (src/integration.ts): started here, before the
 * integration is loaded in this process, the worker loads the renderer meanwhile, on the other
 * core. A build that patches its last one takes it too: it renders the changed pages there while
 * they are little Markdown (render-pages.ts), instead of loading a renderer here once it knows
 * which pages changed. A one-page rebuild of the corpus: median 1.20 s against 1.27 s (12
 * alternating runs, each tree first in half of them), its render phase 258 ms against 396 ms, the
 * largest process's peak ~170 against ~185 MiB (this process loads no renderer); the search index,
 * reading the kept pages meanwhile, is then the longest wait. The 2,000-page site's: 8.5 s
 * against 8.6 s (3 runs each), its render phase being its cache's checks. (Before, when a rebuild's
 * worker was started only here, after the config was read, its start came before its page and it lost.)
 *
 * `early`: the worker the command started before it loaded the rest (src/cli/start.ts), taken
 * when a worker is wanted and, for a cold build, the site is not a big one (whose worker starts
 * with other flags); ended here otherwise, as soon as that is known.
 */
export async function spareFor(build: { readonly outDir: string; readonly docsDir: string }, cache: boolean, early: SpareWorker | undefined): Promise<SpareWorker | undefined> {
  const [{ mayPatchLastBuild }, { holdsMarkdown }, { OFF_MAIN_BYTES, OFF_MAIN_MARKDOWN_BYTES, startSpareWorker }] = await Promise.all([
    import('../integration/page-reuse.ts'),
    import('./markdown-size.ts'),
    import('../site/render-process.ts'),
  ]);
  if (!holdsMarkdown(build.docsDir, OFF_MAIN_MARKDOWN_BYTES)) {
    early?.dispose();
    return undefined;
  }
  // A rebuild renders only what changed, in the early worker while that is little Markdown
  // (render-pages.ts): by the time the build knows which pages, the worker has loaded the
  // renderer, which this process would have to load first (~0.25 s of a one-page rebuild).
  if (mayPatchLastBuild(build.outDir, cache)) return early;
  // A big site's worker starts with a small young generation (render-process.ts WORKER_V8_FLAGS).
  const big = holdsMarkdown(build.docsDir, OFF_MAIN_BYTES);
  if (!big && early) return early;
  early?.dispose();
  return startSpareWorker(big);
}

/** What `build` is told (CommandOptions' part that a build reads; the tests' build servers pass only the first four). */
export interface BuildRun {
  readonly configFile: string;
  readonly siteDir: string | undefined;
  readonly overrides: ConfigOverrides;
  readonly cache: boolean;
  readonly quiet?: boolean | undefined;
  readonly verbose?: boolean | undefined;
  /** A render worker the command started first thing (src/cli/start.ts): spareFor takes or ends it. */
  readonly spare?: SpareWorker | undefined;
}

/** Builds the site; resolves to the exit status. */
export async function runBuild(options: BuildRun): Promise<number> {
  const cwd = process.cwd();
  const started = performance.now();
  const startedAt = Date.now();
  const tally: Tally = { warnings: 0, errors: 0 };
  let summary: { pages: number; outDir: string; searchPages: number; search: boolean } | undefined;
  // `strict: true` in mkdocs.yml acts as --strict, and --no-strict turns it off (known once the
  // config is read, with the command line's values over it).
  let strict = options.overrides.strict ?? false;
  // Without site_url, every link and asset starts at '/' (MkDocs' own links are relative): said
  // once the site is built, as a note, since MkDocs says nothing.
  let rootOnly = false;
  const quiet = options.quiet === true;
  const report = reporter(tally, () => strict, quiet);
  const say = quiet ? () => undefined : console.log;
  // --no-cache builds everything again, and records no manifest for the next build to skip.
  const code = codeKey(options);
  const key = options.cache ? code : undefined;
  const early = preflight({ ...options, codeKey: key });
  const current = 'upToDate' in early ? early.upToDate : undefined;
  // Nothing to render (up to date, or a config that stops the build): the early worker goes now.
  if (!('build' in early)) options.spare?.dispose();
  if ('invalid' in early) {
    // mkdocs.yml:line:col and what is wrong, without loading Astro to say it.
    console.error(`error: ${describe(early.invalid, cwd)}`);
    tally.errors = 1;
  } else if ('refused' in early) {
    // Before anything is loaded or touched: the message the integration would give, sooner.
    console.error(`error: ${describe(new Error(early.refused), cwd)}`);
    tally.errors = 1;
  } else if (current) {
    say(`nothing changed since the last build (code, config, sources and ${path.relative(cwd, current.outDir) || '.'} as they were): the site is not built again`);
    strict = current.strict;
    try {
      report(current.manifest.messages);
    } catch (error) {
      if (!(error instanceof StrictFailure)) throw error;
      console.error(`error: ${error.message}`);
    }
    summary = { pages: current.manifest.pages, outDir: current.outDir, searchPages: current.manifest.searchPages, search: current.manifest.search !== false };
  } else {
    const spareWorker = 'build' in early ? await spareFor(early.build, options.cache, options.spare) : undefined;
    const [{ default: mkdocs }, { createWorkspace, linkSources }] = await Promise.all([import('../integration.ts'), import('../integration/workspace.ts')]);
    let workspace;
    try {
      // Astro's root is the build's workspace, never this package (see linkSources).
      workspace = 'build' in early ? linkSources(createWorkspace(early.build.outDir), path.join(ROOT, 'src')) : undefined;
    } catch (error) {
      console.error(`error: ${describe(error, cwd)}`);
      tally.errors = 1;
    }
    const integration = mkdocs({
      workspace,
      configFile: options.configFile,
      siteDir: options.siteDir,
      overrides: options.overrides,
      cache: options.cache,
      codeKey: code,
      spareWorker,
      manifest: key === undefined ? undefined : { codeKey: key, started: startedAt },
      onPrepared: (site) => {
        strict = site.config.strict;
        rootOnly = !site.config.site_url;
      },
      onMessages: report,
      onBuilt: (s) => { summary = s; },
      // -v: how long each phase took, as it ends.
      onTiming: options.verbose ? (phase, ms) => console.log(`phase ${phase}: ${ms.toFixed(0)} ms`) : undefined,
    });
    try {
      // A rebuild where no page needs drawing (only contents changed) never loads Astro.
      if (tally.errors === 0 && !(await integration.buildWithoutAstro())) await (await import('astro')).build({
        root: workspace?.root ?? ROOT,
        configFile: false,
        ...(workspace ? { vite: { resolve: { preserveSymlinks: true }, cacheDir: path.join(workspace.cache, 'vite') } } : {}),
        // Our own messages carry file:line; Astro's would repeat every integration error.
        logLevel: 'silent',
        integrations: [integration],
      }, SKIP_TYPE_GENERATION);
    } catch (error) {
      console.error(`error: ${describe(error, cwd)}`);
      tally.errors = Math.max(tally.errors, 1);
    } finally {
      spareWorker?.dispose();
      await integration.dispose();
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (summary) say(summary.search ? `search: ${summary.searchPages} pages indexed` : 'search: off (mkdocs.yml enables no search plugin)');
  const previewArgs = [
    ...(options.configFile === path.resolve('mkdocs.yml') ? [] : ['-f', path.relative(process.cwd(), options.configFile)]),
    // -d is read from mkdocs.yml's folder (src/cli/options.ts).
    ...(options.siteDir ? ['-d', path.relative(path.dirname(options.configFile), options.siteDir) || '.'] : []),
  ];
  const preview = ['npx mkdocs-astro preview', ...previewArgs].join(' ');
  const where = summary ? ` -> ${path.relative(process.cwd(), summary.outDir) || '.'}${tally.errors === 0 ? ` (view it with: ${preview})` : ''}` : '';
  if (summary && rootOnly && tally.errors === 0) say("note: site_url is not set in mkdocs.yml, so the site's links and assets start at '/': serve it from the root of its host, or set site_url to its address (https://example.org/docs/) to serve it under a sub-path");
  // Always the last line: what was built and how it went.
  say(`built ${summary?.pages ?? 0} pages, ${tally.warnings} warnings, ${tally.errors} errors in ${seconds}s${where}`);
  return tally.errors > 0 || (strict && tally.warnings > 0) ? 1 : 0;
}

/**
 * A server's scratch Astro root is removed when the process ends, also on Ctrl-C or a TERM
 * signal (which would otherwise end the process without its `exit` event).
 */
function serverRoot<T extends { readonly dispose: () => void }>(scratch: T): T {
  process.once('exit', scratch.dispose);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) process.once(signal, () => process.exit(code));
  return scratch;
}

export async function runServe(options: Pick<CommandOptions, 'configFile' | 'overrides' | 'address' | 'open' | 'quiet'>): Promise<number> {
  const [{ dev }, { default: mkdocs }, { createScratchRoot }] = await Promise.all([import('astro'), import('../integration.ts'), import('../integration/workspace.ts')]);
  const cwd = process.cwd();
  const tally: Tally = { warnings: 0, errors: 0 };
  try {
    const scratch = serverRoot(createScratchRoot(path.join(ROOT, 'src')));
    await dev({
      root: scratch.root,
      configFile: false,
      server: { host: options.address.host, port: options.address.port, open: options.open },
      // Astro's toolbar is for Astro sites; here it only adds requests to every reload (63
      // instead of 43 on a corpus page), served by the one process that also updates the site.
      devToolbar: { enabled: false },
      // `-a` is taken literally: a port in use is an error, never a silent move to another port.
      vite: { server: { strictPort: true }, resolve: { preserveSymlinks: true }, cacheDir: path.join(scratch.cache, 'vite') },
      integrations: [mkdocs({ configFile: options.configFile, overrides: options.overrides, onMessages: reporter(tally, () => false, options.quiet) })],
    });
  } catch (error) {
    console.error(`error: ${describe(error, cwd)}`);
    return 1;
  }
  // The dev server keeps the process alive until interrupted.
  return 0;
}

export async function runPreview(options: Pick<CommandOptions, 'configFile' | 'siteDir' | 'overrides' | 'address' | 'open'>): Promise<number> {
  const cwd = process.cwd();
  // Said before Astro loads, as a build says a broken config: there may be nothing to serve.
  try {
    const { problem } = (await import('../site/preview.ts')).previewedSite(options);
    if (problem) {
      console.error(`error: ${describe(new Error(problem), cwd)}`);
      return 1;
    }
  } catch (error) {
    console.error(`error: ${describe(error, cwd)}`);
    return 1;
  }
  const [{ preview }, { default: mkdocs }, { createScratchRoot }] = await Promise.all([import('astro'), import('../integration.ts'), import('../integration/workspace.ts')]);
  try {
    const scratch = serverRoot(createScratchRoot(path.join(ROOT, 'src')));
    await preview({
      root: scratch.root,
      vite: { resolve: { preserveSymlinks: true }, cacheDir: path.join(scratch.cache, 'vite') },
      configFile: false,
      server: { host: options.address.host, port: options.address.port, open: options.open },
      integrations: [mkdocs({ configFile: options.configFile, siteDir: options.siteDir, overrides: options.overrides, onMessages: () => undefined })],
    });
  } catch (error) {
    console.error(`error: ${describe(error, cwd)}`);
    return 1;
  }
  return 0;
}

