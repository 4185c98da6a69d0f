/**
 * The privacy plugin's downloads (Material 9.7, plugin.py `_fetch`) and their cache: each
 * external asset is fetched once per build (asked for twice, the same download answers), a few at
 * a time (`concurrency`), each within a time limit (the plugin's 5 s), and kept in the cache folder
 * it is given (the build's cache in the output folder, see privacy.ts; at
 * `<assets_fetch_dir>/<host>/<path>` there), so the next build finds it there and asks no host at
 * all (unless `cache: false`).
 *
 * A download without the extension its Content-Type calls for (`…/css?family=Roboto`, served as
 * `text/css`) is kept with it appended (`css.1a2b3c4d.css`), as the plugin names it; the plugin
 * also links the bare name to it, where here the cache is looked up under both names.
 *
 * Unlike the plugin, a host that could not be reached (its name did not resolve, it refused or did
 * not answer in time) is not asked again in the same build: its other assets fail at once with
 * that reason. Offline, the 343 assets of the Privacy Guides corpus each waited for the resolver
 * (~0.2 s each, one at a time: a minute of a 10 s build); an HTTP error is the asset's own.
 *
 *   const fetcher = createFetcher({ cacheDir: '/p/site/.mkdocs-astro-cache/privacy', fetchDir: 'assets/external', cache: true, concurrency: 1 });
 *   await fetcher.get(new URL('https://fonts.googleapis.com/css?family=Roboto'));
 *   // { path: 'fonts.googleapis.com/css.4f2a9c1e.css', file: '/p/site/.mkdocs-astro-cache/privacy/assets/external/fonts.googleapis.com/css.4f2a9c1e.css' }
 */
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assetPath, EXTENSIONS_BY_TYPE } from './privacy-urls.ts';

/** A downloaded (or cached) asset. */
export interface FetchedAsset {
  /** Its path under `assets_fetch_dir`, `/`-separated, with the extension its type called for. */
  readonly path: string;
  /** Its file in the cache. */
  readonly file: string;
  /** Whether this build downloaded it (false: found in the cache). */
  readonly downloaded: boolean;
}

export type FetchResult = FetchedAsset | { readonly error: string };

export interface FetcherOptions {
  /** Absolute. */
  readonly cacheDir: string;
  readonly fetchDir: string;
  /** False: download even what the cache holds. */
  readonly cache: boolean;
  readonly concurrency: number;
  /** Each download's time limit, ms (default: the plugin's 5 s). */
  readonly timeoutMs?: number | undefined;
}

export interface AssetFetcher {
  /** The asset at `url`, downloaded once whoever asks; never rejects (a failure is its `error`). */
  get(url: URL): Promise<FetchResult>;
}

const TIMEOUT_MS = 5000;

/**
 * The plugin's browser, so that Google Fonts answers with `woff2` files, the one format the
 * browsers Material supports all read.
 */
const USER_AGENT = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.102 Safari/537.36';

export function createFetcher(options: FetcherOptions): AssetFetcher {
  const root = path.join(options.cacheDir, ...options.fetchDir.split('/'));
  const started = new Map<string, Promise<FetchResult>>();
  const unreachable = new Map<string, string>();
  const limit = limiter(options.concurrency);
  const attempt = async (url: URL, name: string): Promise<FetchResult> => {
    const earlier = unreachable.get(url.host);
    if (earlier !== undefined) return { error: `${url.host} could not be reached for another asset (${earlier})` };
    const result = await download(url, root, name, options.timeoutMs ?? TIMEOUT_MS);
    if ('error' in result && result.unreachable) unreachable.set(url.host, result.error);
    return result;
  };
  return {
    get(url) {
      const name = assetPath(url);
      let result = started.get(name);
      if (!result) {
        const cached = options.cache ? inCache(root, name) : undefined;
        result = cached ? Promise.resolve({ path: cached, file: path.join(root, ...cached.split('/')), downloaded: false }) : limit(() => attempt(url, name));
        started.set(name, result);
      }
      return result;
    },
  };
}

/** The cached file of `name`: under its own name, or with the extension a Content-Type gave it. */
function inCache(root: string, name: string): string | undefined {
  for (const candidate of [name, ...[...new Set(Object.values(EXTENSIONS_BY_TYPE))].map((extension) => `${name}${extension}`)]) {
    const file = path.join(root, ...candidate.split('/'));
    if (existsSync(file) && statSync(file).isFile()) return candidate;
  }
  return undefined;
}

/** A download, or why it failed and whether the host itself could not be reached. */
async function download(url: URL, root: string, name: string, timeoutMs: number): Promise<FetchedAsset | { readonly error: string; readonly unreachable: boolean }> {
  let bytes: Uint8Array;
  let type: string;
  try {
    const response = await fetch(url, { headers: { 'User-Agent': USER_AGENT }, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!response.ok) return { error: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, unreachable: false };
    bytes = new Uint8Array(await response.arrayBuffer());
    type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  } catch (error) {
    return { error: reason(error, timeoutMs), unreachable: true };
  }
  const extension = EXTENSIONS_BY_TYPE[type];
  const saved = extension && !name.endsWith(extension) ? `${name}${extension}` : name;
  const file = path.join(root, ...saved.split('/'));
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // Written whole, then renamed: a build stopped midway leaves no half file the next one trusts.
    const temporary = `${file}.${process.pid}.part`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch (error) {
    return { error: `cannot be kept at ${file}: ${error instanceof Error ? error.message : String(error)}`, unreachable: false };
  }
  return { path: saved, file, downloaded: true };
}

function reason(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}

/** Runs at most `count` of the tasks it is given at once, the others in the order given. */
function limiter(count: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running >= count) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
