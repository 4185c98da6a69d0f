/**
 * How a build's main process is started: with a young generation of 4 MB (V8's semi-spaces; Node
 * 24's default grows them to 32 MB on a machine with this much memory) and two glibc malloc arenas
 * (its default is eight per core for a busy process's threads). Neither can be set once Node runs,
 * so bin/mkdocs-astro.js starts a build's process again with them; the render workers do not
 * inherit the young generation (src/site/render-process.ts workerFlags), their rule is their own.
 * Plain JavaScript: bin/mkdocs-astro.js runs before any TypeScript can.
 *
 * Measured (peak RSS of the main process, `--no-cache` builds, 2 cores): the Privacy Guides
 * corpus 577-602 -> 407-438 MB (4 alternating builds each, wall time within the noise: 5.9-8.5 s
 * against 6.0-7.3 s); a 10 MB page 468-501 -> 352-359 MB; the 2,000-page bench site 633-688 ->
 * 525-624 MB. A size or arena count the user set is kept.
 *
 *   tunedStart([], { PATH: '/usr/bin' })
 *   // { flags: ['--max-semi-space-size=4'], env: { PATH: '/usr/bin', MALLOC_ARENA_MAX: '2', MKDOCS_ASTRO_TUNED_FLAGS: '--max-semi-space-size=4' } }
 */

/** Set in the started process: the flags it was given (so the workers leave them out), and that it was. */
export const TUNED_FLAGS = 'MKDOCS_ASTRO_TUNED_FLAGS';

const SEMI_SPACE = '--max-semi-space-size';

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
  const flags = given.some((flag) => flag.split('=')[0] === SEMI_SPACE) ? [] : [`${SEMI_SPACE}=4`];
  return { flags, env: { ...env, MALLOC_ARENA_MAX: env['MALLOC_ARENA_MAX'] ?? '2', [TUNED_FLAGS]: flags.join(' ') } };
}
