/**
 * How a build's main process is started: with a young generation of 16 MB (V8's semi-spaces; Node
 * 24 grows them to 32 MB on a machine with this much memory), an old generation allowed to grow
 * to twice what stays live before it is collected, two glibc malloc arenas (its default is eight
 * per core for a busy process's threads), one V8 background thread (Node's default is four), and
 * `gc()` exposed, which a big site's draw calls (src/site/heap-keeper.ts DRAW_KEPT_PAGES).
 * None can be set once Node runs, so bin/mkdocs-astro.js starts a build's process again with them;
 * the render workers inherit none (src/site/render-process.ts workerFlags): a big site's take the
 * same young generation and old generation growth, a smaller site's keep Node's sizes, and every
 * worker keeps its background threads. Plain JavaScript: bin/mkdocs-astro.js runs before any
 * TypeScript can.
 *
 * The old generation: while Astro draws the 2,000-page site, what stays live of this process's
 * heap is ~90 MB, but V8 let the heap grow to 420 MB between collections, and the process's
 * memory, which does not shrink back after, peaked at 574-659 MB (the build's peak, over the
 * 600 MB target). Grown by 100% at most, it peaked at 536 MB, and the corpus's Astro phase did
 * not move (8 alternating builds: median 0.87 s against 0.86 s); by 50%, 475 MB, but the corpus's
 * Astro phase took ~80 ms more.
 *
 * The background threads: while a cold build's worker renders the pages (its critical path),
 * this process loads Astro and Vite bundles the theme, and its four V8 threads (garbage
 * collection, compiling) took up to half a core the worker wanted on 2 cores (seen per thread in
 * /proc). With one, the corpus built into an empty folder in 3.50-5.32 s (median 4.32) against
 * 3.80-4.80 s (median 4.48) in 12 alternating runs, its render phase median 2.70 s against 2.81 s;
 * the 2,000-page site and a one-page rebuild did not move beyond the noise (37.0 against 38.0 s
 * once each; 1.18-1.68 s against 1.22-1.61 s).
 *
 * Measured on 2 cores (cold builds; peak RSS of the build's processes, as GNU time gives it):
 * - the 2,000-page bench site: Node's sizes 37.4 s, 703 MiB (the last stop's bench); 16 MB here and
 *   in its worker 36.8 s, 584 MB; 8 MB 45.2 s, 610 MB; 4 MB 50.3 s, 597 MiB (a smaller young
 *   generation promotes more of the renderer's and Astro's garbage: slower, and no smaller);
 * - the Privacy Guides corpus: Node's sizes 577-602 MB; 16 MB 475-480 MB, wall time within the
 *   noise (5.2-7.2 s against 5.9-8.5 s).
 * A size, growth, arena count or thread count the user set is kept.
 *
 *   tunedStart([], { PATH: '/usr/bin' })
 *   // { flags: ['--max-semi-space-size=16', '--heap-growing-percent=100', '--v8-pool-size=1', '--expose-gc'], env: { PATH: '/usr/bin', MALLOC_ARENA_MAX: '2', MKDOCS_ASTRO_TUNED_FLAGS: '--max-semi-space-size=16 --heap-growing-percent=100 --v8-pool-size=1 --expose-gc' } }
 */

/** Set in the started process: the flags it was given (so the workers leave them out), and that it was. */
export const TUNED_FLAGS = 'MKDOCS_ASTRO_TUNED_FLAGS';

const SEMI_SPACE = '--max-semi-space-size';
const POOL_SIZE = '--v8-pool-size';
const HEAP_GROWING = '--heap-growing-percent';
/** `gc()`, which a big site's draw calls as its pages are drawn (src/site/heap-keeper.ts DRAW_KEPT_PAGES). */
const EXPOSE_GC = '--expose-gc';

/** The young generation a build's main process, and a big site's render worker, run with. */
export const YOUNG_GENERATION = `${SEMI_SPACE}=16`;

/** How far the old generation of a build's main process, and of a big site's render worker, may grow past what stays live before it is collected. */
export const OLD_GENERATION_GROWTH = `${HEAP_GROWING}=100`;

/**
 * The flags and environment to start a build's main process with; undefined when this process was
 * started so already.
 *
 * @param {readonly string[]} execArgv
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {{ flags: string[], env: Record<string, string | undefined> } | undefined}
 */
export function tunedStart(execArgv, env) {
  if (env[TUNED_FLAGS] !== undefined) return undefined;
  const given = [...execArgv, ...(env['NODE_OPTIONS'] ?? '').split(/\s+/)];
  const unset = (name) => !given.some((flag) => flag.split('=')[0] === name);
  const flags = [...(unset(SEMI_SPACE) ? [YOUNG_GENERATION] : []), ...(unset(HEAP_GROWING) ? [OLD_GENERATION_GROWTH] : []), ...(unset(POOL_SIZE) ? [`${POOL_SIZE}=1`] : []), ...(unset(EXPOSE_GC) ? [EXPOSE_GC] : [])];
  return { flags, env: { ...env, MALLOC_ARENA_MAX: env['MALLOC_ARENA_MAX'] ?? '2', [TUNED_FLAGS]: flags.join(' ') } };
}
