/**
 * One build in one process, for profiling (README, "Where the time goes": `node --cpu-prof
 * bench/build-once.ts …`): runs our integration as the CLI does (src/cli/commands.ts: the site
 * prepared first, Astro loaded only when pages must be drawn, and on a cold build loaded while the
 * pages render in a worker process), without the command's launcher and its spare worker, and
 * prints one JSON line with the wall time and each phase's time. `render` includes Astro loading
 * and Vite bundling the theme meanwhile; `astro` is what is left of Astro's work once the site is
 * prepared. bench/build.ts times builds through the command itself.
 *
 *   node bench/build-once.ts path/to/mkdocs.yml path/to/out
 *   {"wallMs":9123.4,"importsMs":500.2,"startupMs":12.3,"phases":{"config":20.1,"render":2011.5,...},"pages":123,...}
 */
// Before Astro, as the command does: how the native bundler's allocator gives memory back.
import '../src/cli/allocator.ts';
import path from 'node:path';
import mkdocs from '../src/integration.ts';
import { createWorkspace, linkSources } from '../src/integration/workspace.ts';
import type { BuildPhase } from '../src/site/timings.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// performance.now() counts from process start: this is the time spent loading our code.
const importsMs = performance.now();
const [configArg, outArg] = process.argv.slice(2);
if (!configArg || !outArg) {
  console.error('usage: node bench/build-once.ts path/to/mkdocs.yml path/to/out');
  process.exit(2);
}
const phases: Partial<Record<BuildPhase, number>> = {};
let preparedAt: number | undefined;
let summary: { pages: number; searchPages: number } | undefined;
let warnings = 0;
// As the CLI builds (src/cli/commands.ts): Astro's root is the build's workspace, made before the
// site is prepared, so the render stage keeps the pages' HTML workers write in files there
// (src/shared/page-html.ts).
const workspace = linkSources(createWorkspace(path.resolve(outArg)), path.resolve(import.meta.dirname, '../src'));
const integration = mkdocs({
  workspace,
  configFile: path.resolve(configArg),
  siteDir: path.resolve(outArg),
  onMessages: (messages) => { warnings += messages.filter((m) => m.severity !== 'info').length; },
  onPrepared: () => { preparedAt = performance.now(); },
  onBuilt: (s) => { summary = s; },
  onTiming: (phase, ms) => { phases[phase] = (phases[phase] ?? 0) + ms; },
});
try {
  // As the CLI builds (src/cli/commands.ts: no type generation).
  if (!(await integration.buildWithoutAstro())) {
    const { build } = await import('astro');
    await build({ root: workspace.root, configFile: false, vite: { resolve: { preserveSymlinks: true }, cacheDir: path.join(workspace.cache, 'vite') }, logLevel: 'silent', integrations: [integration] }, { sync: false } as Parameters<typeof build>[1]);
  }
} finally {
  integration.dispose();
}
const wallMs = performance.now();
// From our code loaded to the site prepared, what the config, render and model phases do not count.
const prepareMs = (phases.config ?? 0) + (phases.render ?? 0) + (phases.model ?? 0);
const startupMs = preparedAt === undefined ? 0 : Math.max(0, preparedAt - importsMs - prepareMs);
console.log(JSON.stringify({ wallMs, importsMs, startupMs, phases, pages: summary?.pages ?? 0, searchPages: summary?.searchPages ?? 0, warnings }));
