/**
 * The render worker's code in one file. A cold build's worker is its critical path, and before it
 * renders a page it loads ~710 modules (the worker's own, the renderer's, micromark's, parse5...):
 * 260-360 ms on this 2-core machine with Node's compile cache, where the same code bundled into one
 * file loaded in 60-120 ms. So the worker starts from a bundle of its modules when there is a
 * fresh one, and from the sources otherwise.
 *
 * The bundle is made with esbuild (Astro's own dependency) when a worker was wanted and none was
 * fresh: that build's worker loads the sources, and once the build is over (the process has
 * nothing left to do; the bundle never competes with the build for the cores) the bundle is made
 * for the next ones (~1.5 s of esbuild's). It is kept in the user's cache folder (`$XDG_CACHE_HOME` or `~/.cache`, then
 * `mkdocs-astro/`), one per copy of the package, beside a record of every file it was made of
 * (size and modification time), checked before each use: a changed source, a dependency updated,
 * and the worker loads the sources again until a new bundle is made. Nothing is kept in a folder
 * other users may write into, and a folder that cannot be written means no bundle, not an error.
 *
 * What bundling must keep as it is, done by the plugin below:
 * - `import.meta.url` / `dirname` / `filename` in our sources are their own file's (a bundle's
 *   would point at the cache folder): replaced by the file's values.
 * - A module loaded on demand (`createRequire(import.meta.url)('./renderer.ts')`, the Pygments
 *   lexers by name) comes from the bundle, not from its source file, which would make a second
 *   copy of the modules it imports: every `.ts` path such a file names is put in the bundle, and
 *   its `createRequire` looks there first.
 * - A dependency that finds its own files at run time (`__dirname`, `import.meta`) is not
 *   bundled: the bundle imports it from where it is installed.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

/** The package's sources (src/). */
const SOURCES = path.resolve(import.meta.dirname, '..');
/** The worker's entry module. */
const ENTRY = fileURLToPath(new URL('./render-worker.ts', import.meta.url));
/** Where our files that load modules on demand live (the worker's part of the sources). */
const ON_DEMAND_ROOTS = ['markdown', 'site', 'shared', 'python', 'config', 'nav'].map((name) => path.join(SOURCES, name));
/** Inputs changed this close to the bundle's start may have changed while it was made. */
const MTIME_MARGIN_MS = 2000;

interface BundleRecord {
  /** Each input file: [path, size, mtimeMs]. */
  readonly inputs: ReadonlyArray<readonly [string, number, number]>;
}

/**
 * The file URL the render worker starts from: the bundle when a fresh one is kept, else the
 * worker's source, and then a bundle is made when this process ends. `MKDOCS_ASTRO_BUNDLE=0`:
 * always the source, no bundle made.
 */
export function workerEntry(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const source = pathToFileURL(ENTRY).href;
  if (env['MKDOCS_ASTRO_BUNDLE'] === '0') return source;
  const place = bundlePlace(env);
  if (!place) return source;
  if (isFresh(place)) return pathToFileURL(place.bundle).href;
  makeBundleLater(place);
  return source;
}

/** The bundles this process makes before it ends: each once, however many workers it starts. */
const wanted = new Set<string>();

/** Makes the bundle once the process has nothing else to do (see the file's comment). */
function makeBundleLater(place: BundlePlace): void {
  if (wanted.has(place.bundle)) return;
  wanted.add(place.bundle);
  process.once('beforeExit', () => {
    // Ended with an error: no bundle now, the next build makes it.
    if ((process.exitCode !== undefined && process.exitCode !== 0) || isFresh(place)) return;
    makeBundleInBackground(place);
  });
}

interface BundlePlace {
  readonly folder: string;
  readonly bundle: string;
  readonly record: string;
  readonly lock: string;
}

/** Where this copy of the package keeps its bundle; undefined where no private cache folder can be had. */
function bundlePlace(env: Readonly<Record<string, string | undefined>>): BundlePlace | undefined {
  let home: string;
  try {
    home = os.homedir();
  } catch {
    return undefined;
  }
  const cache = env['XDG_CACHE_HOME'] && path.isAbsolute(env['XDG_CACHE_HOME']) ? env['XDG_CACHE_HOME'] : path.join(home, '.cache');
  const folder = path.join(cache, 'mkdocs-astro');
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    // Code is run from here: never from a folder someone else owns or may write into.
    const stat = statSync(folder);
    if (typeof process.getuid === 'function' && (stat.uid !== process.getuid() || (stat.mode & 0o022) !== 0)) return undefined;
  } catch {
    return undefined;
  }
  const name = `render-worker-${createHash('sha256').update(SOURCES).digest('hex').slice(0, 16)}`;
  return { folder, bundle: path.join(folder, `${name}.mjs`), record: path.join(folder, `${name}.json`), lock: path.join(folder, `${name}.lock`) };
}

/** Whether the bundle exists and every file it was made of is as it was then. */
function isFresh(place: BundlePlace): boolean {
  let record: BundleRecord;
  try {
    record = JSON.parse(readFileSync(place.record, 'utf8')) as BundleRecord;
    if (!existsSync(place.bundle) || !Array.isArray(record.inputs) || record.inputs.length === 0) return false;
  } catch {
    return false;
  }
  for (const [file, size, mtime] of record.inputs) {
    try {
      const stat = statSync(file);
      if (stat.size !== size || stat.mtimeMs !== mtime) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Makes the bundle with esbuild; the lock file keeps concurrent builds from making it twice.
 * Any failure leaves no bundle: the workers load the sources, as before.
 */
function makeBundleInBackground(place: BundlePlace): void {
  makeLockedBundle(place).catch(() => undefined);
}

/**
 * Makes the worker's bundle now; resolves to its file URL, or undefined when none could be made
 * (no private cache folder, another process making it, a source changed meanwhile). For tests
 * and tools: a build makes it by itself when it ends (workerEntry).
 */
export async function makeWorkerBundle(env: Readonly<Record<string, string | undefined>> = process.env): Promise<string | undefined> {
  const place = bundlePlace(env);
  return place && (await makeLockedBundle(place)) ? pathToFileURL(place.bundle).href : undefined;
}

async function makeLockedBundle(place: BundlePlace): Promise<boolean> {
  let lock: number;
  try {
    lock = openSync(place.lock, 'wx');
  } catch {
    // Another build is making it, or one was killed while it did: a lock older than a minute is stale.
    try {
      if (Date.now() - statSync(place.lock).mtimeMs > 60_000) rmSync(place.lock, { force: true });
    } catch {
      // Gone meanwhile.
    }
    return false;
  }
  closeSync(lock);
  try {
    return await makeBundle(place);
  } catch {
    removePartials(place.folder);
    return false;
  } finally {
    rmSync(place.lock, { force: true });
  }
}

async function makeBundle(place: BundlePlace): Promise<boolean> {
  const started = Date.now();
  removePartials(place.folder);
  const esbuild = await import('esbuild');
  const lazy = onDemandModules();
  const partial = `${place.bundle}.${process.pid}.partial`;
  const result = await esbuild.build({
    stdin: { contents: entryModule(lazy), resolveDir: SOURCES, sourcefile: 'render-worker-bundle.js', loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: partial,
    absWorkingDir: SOURCES,
    metafile: true,
    logLevel: 'silent',
    banner: { js: BANNER },
    plugins: [keepFilesPlugin()],
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.startsWith('<'))
    .map((input) => path.resolve(SOURCES, input.replace(/^file:/, '')))
    .filter((file, index, all) => all.indexOf(file) === index && existsSync(file))
    .map((file): readonly [string, number, number] => {
      const stat = statSync(file);
      return [file, stat.size, stat.mtimeMs];
    });
  // A file that changed while the bundle was made may be in it as it was before.
  if (inputs.some(([, , mtime]) => mtime >= started - MTIME_MARGIN_MS)) {
    rmSync(partial, { force: true });
    return false;
  }
  renameSync(partial, place.bundle);
  const record: BundleRecord = { inputs };
  writeFileSync(`${place.record}.${process.pid}.partial`, JSON.stringify(record));
  renameSync(`${place.record}.${process.pid}.partial`, place.record);
  return true;
}

/**
 * Every module our sources load on demand: in a file that makes a `require` of its own
 * (`createRequire(import.meta.url)`), each relative `.ts` path it names, resolved from it.
 */
function onDemandModules(): string[] {
  const found = new Set<string>();
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(file, 'utf8');
        if (!text.includes('createRequire(import.meta.url)')) continue;
        for (const match of text.matchAll(/'(\.\.?\/[^'\n]+\.ts)'/g)) {
          const target = path.resolve(path.dirname(file), match[1] ?? '');
          if (existsSync(target)) found.add(target);
        }
      }
    }
  };
  for (const root of ON_DEMAND_ROOTS) if (existsSync(root)) visit(root);
  return [...found].sort();
}

/** The bundle's entry: the on-demand modules registered (evaluated when first asked for), then the worker. */
function entryModule(lazy: readonly string[]): string {
  const lines = lazy.map((file) => `__mkdocsAstroOnDemand[${JSON.stringify(file)}] = () => require(${JSON.stringify(file)});`);
  return [...lines, `await import(${JSON.stringify(ENTRY)});`].join('\n');
}

/**
 * Runs before the bundled modules: `require` for the bundled CommonJS dependencies (Node's
 * built-in modules), and the `createRequire` our sources' on-demand loads go through.
 */
const BANNER = `import { createRequire as __mkdocsAstroCreateRequire } from 'node:module';
import { fileURLToPath as __mkdocsAstroPath } from 'node:url';
import { dirname as __mkdocsAstroDirname, resolve as __mkdocsAstroResolve } from 'node:path';
const require = __mkdocsAstroCreateRequire(import.meta.url);
const __mkdocsAstroOnDemand = Object.create(null);
function __mkdocsAstroRequire(from) {
  const real = __mkdocsAstroCreateRequire(from);
  const folder = __mkdocsAstroDirname(__mkdocsAstroPath(from));
  const load = (specifier) => {
    const bundled = specifier.startsWith('.') ? __mkdocsAstroOnDemand[__mkdocsAstroResolve(folder, specifier)] : undefined;
    return bundled ? bundled() : real(specifier);
  };
  load.resolve = real.resolve;
  return load;
}`;

/** The esbuild plugin that keeps what bundling would change (see the file's comment). */
function keepFilesPlugin(): Plugin {
  return {
    name: 'mkdocs-astro-keep-files',
    setup(build) {
      // Our sources: their own file's import.meta, and the bundle's on-demand require.
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!args.path.startsWith(SOURCES + path.sep)) return undefined;
        const url = pathToFileURL(args.path).href;
        const contents = readFileSync(args.path, 'utf8')
          .replaceAll('createRequire(import.meta.url)', `__mkdocsAstroRequire(${JSON.stringify(url)})`)
          .replaceAll('import.meta.url', JSON.stringify(url))
          .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
          .replaceAll('import.meta.filename', JSON.stringify(args.path));
        return { contents, loader: 'ts' };
      });
      // A dependency that reads its own files at run time stays where it is installed.
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === 'resolving' || args.path.startsWith('node:')) return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
        if (resolved.errors.length > 0 || resolved.external || !resolved.path) return undefined;
        if (readsOwnFiles(resolved.path)) return { path: resolved.path, external: true };
        return undefined;
      });
    },
  };
}

/** Whether a dependency's module finds files beside it at run time. */
function readsOwnFiles(file: string): boolean {
  try {
    return /\b__dirname\b|\b__filename\b|\bimport\.meta\b/.test(readFileSync(file, 'utf8'));
  } catch {
    return true;
  }
}

/** Files a bundling that failed or was killed left. */
function removePartials(folder: string): void {
  for (const name of readdirSync(folder)) if (name.endsWith('.partial')) rmSync(path.join(folder, name), { force: true });
}
