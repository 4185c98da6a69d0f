/**
 * A render thread (started by src/site/render-pages.ts): builds its own renderer from the plain
 * settings it is given, renders its share of the pages and posts them back in one message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pageHooksFor, renderOne, rendererFor, type RenderedPage, type RenderSettings } from './render-pages.ts';

interface Job {
  readonly settings: RenderSettings;
  readonly pages: readonly string[];
}

function isJob(value: unknown): value is Job {
  return typeof value === 'object' && value !== null && 'settings' in value && 'pages' in value && Array.isArray(value.pages);
}

const job: unknown = workerData;
if (!parentPort) throw new Error('render-worker.ts runs as a worker thread');
if (!isJob(job)) {
  parentPort.postMessage({ kind: 'failed', reason: 'no render job given' });
} else {
  const renderer = rendererFor(job.settings);
  const hooks = pageHooksFor(job.settings, renderer);
  const pages: RenderedPage[] = job.pages.map((src) => renderOne(renderer, src, job.settings.docsDir, hooks, job.settings.sources?.[src]));
  parentPort.postMessage({ kind: 'done', pages });
}
