/**
 * A build's render worker, started before the command loads the rest of itself. A cold build's
 * worker is its critical path, and the command reached the point where it knows whether it wants
 * one (the config read, the output folder and the Markdown measured: commands.ts spareFor) ~140 ms
 * after it started, ~90 ms of it loading its own modules. So a `build` or `gh-deploy` starts one
 * at once, and spareFor takes it or ends it as soon as it knows: a small site (and a big one's
 * cold build, whose worker starts with other flags) end it after a few milliseconds of its
 * start-up; a rebuild renders its changed pages in it.
 * This module imports only render-process.ts, the command line's reader and what they need.
 */
import { startSpareWorker, type SpareWorker } from '../site/render-process.ts';
import { buildsSite } from './options.ts';

/** A spare render worker for a command line that builds (options.ts buildsSite); undefined otherwise. */
export function earlyWorker(argv: readonly string[]): SpareWorker | undefined {
  return buildsSite(argv) ? startSpareWorker() : undefined;
}
