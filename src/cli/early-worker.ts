/**
 * A build's render worker, started before the command loads the rest of itself. A cold build's
 * worker is its critical path, and the command reached the point where it knows whether it wants
 * one (the config read, the output folder and the Markdown measured: commands.ts spareFor) ~140 ms
 * after it started, ~90 ms of it loading its own modules. So a `build` or `gh-deploy` starts one
 * at once, and spareFor takes it or ends it as soon as it knows: a rebuild, a small site (and a
 * big one, whose worker starts with other flags) end it after a few milliseconds of its start-up.
 * This module imports only render-process.ts and what it needs.
 */
import { startSpareWorker, type SpareWorker } from '../site/render-process.ts';

/** The commands that build a site. */
const BUILDS = new Set(['build', 'gh-deploy']);

/** Whether the command line builds a site (`build ...`, `gh-deploy ...`), not asking for help. */
export function buildsSite(argv: readonly string[]): boolean {
  const [command] = argv;
  return command !== undefined && BUILDS.has(command) && !argv.includes('--help') && !argv.includes('-h');
}

/** A spare render worker for a command line that builds; undefined otherwise. */
export function earlyWorker(argv: readonly string[]): SpareWorker | undefined {
  return buildsSite(argv) ? startSpareWorker() : undefined;
}
