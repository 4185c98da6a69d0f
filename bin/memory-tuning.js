/**
 * How a build's main process is started: with a young generation of 16 MB (V8's semi-spaces; Node
 * 24 grows them to 32 MB on a machine with this much memory) and two glibc malloc arenas (its
 * default is eight per core for a busy process's threads). Neither can be set once Node runs, so
 * bin/mkdocs-astro.js starts a build's process again with them; the render workers do not inherit
 * the young generation (src/site/render-process.ts workerFlags): a big site's take the same size,
 * a smaller site's keep Node's. Plain JavaScript: bin/mkdocs-astro.js runs before any TypeScript can.
 *
 * Measured on 2 cores (cold builds; peak RSS of the build's processes, as GNU time gives it):
 * - the 2,000-page bench site: Node's sizes 37.4 s, 703 MiB (the last stop's bench); 16 MB here and
 *   in its worker 36.8 s, 584 MB; 8 MB 45.2 s, 610 MB; 4 MB 50.3 s, 597 MiB (a smaller young
 *   generation promotes more of the renderer's and Astro's garbage: slower, and no smaller);
 * - the Privacy Guides corpus: Node's sizes 577-602 MB; 16 MB 475-480 MB, wall time within the
 *   noise (5.2-7.2 s against 5.9-8.5 s).
 * A size or arena count the user set is kept.
 *
 *   tunedStart([], { PATH: '/usr/bin' })
 *   // { flags: ['--max-semi-space-size=16'], env: { PATH: '/usr/bin', MALLOC_ARENA_MAX: '2', MKDOCS_ASTRO_TUNED_FLAGS: '--max-semi-space-size=16' } }
 */

/** Set in the started process: the flags it was given (so the workers leave them out), and that it was. */
export const TUNED_FLAGS = 'MKDOCS_ASTRO_TUNED_FLAGS';

const SEMI_SPACE = '--max-semi-space-size';

/** The young generation a build's main process, and a big site's render worker, run with. */
export const YOUNG_GENERATION = `${SEMI_SPACE}=16`;

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
  const flags = given.some((flag) => flag.split('=')[0] === SEMI_SPACE) ? [] : [YOUNG_GENERATION];
  return { flags, env: { ...env, MALLOC_ARENA_MAX: env['MALLOC_ARENA_MAX'] ?? '2', [TUNED_FLAGS]: flags.join(' ') } };
}
