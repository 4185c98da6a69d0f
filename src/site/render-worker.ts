/**
 * A render worker, a child process (started by src/site/render-pages.ts): waits for its job,
 * builds its own renderer from the plain settings it is given, renders its share of the pages
 * and posts each back as soon as it is rendered, then says it is done. The next page waits until
 * the last one is written to the channel, so the worker holds one page at a time, not its share.
 */
import { pageHooksFor, renderOne, rendererFor, type RenderedPage, type RenderSettings } from './render-pages.ts';

interface Job {
  readonly settings: RenderSettings;
  readonly pages: readonly string[];
}

function isJob(value: unknown): value is Job {
  return typeof value === 'object' && value !== null && 'settings' in value && 'pages' in value && Array.isArray(value.pages);
}

function post(message: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const send = process.send?.bind(process);
    if (!send) throw new Error('render-worker.ts runs as a child process with an IPC channel');
    send(message, undefined, undefined, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

process.once('message', async (job: unknown) => {
  if (!isJob(job)) {
    await post({ kind: 'failed', reason: 'no render job given' });
    return;
  }
  const renderer = rendererFor(job.settings);
  const hooks = pageHooksFor(job.settings, renderer);
  for (const src of job.pages) {
    const page: RenderedPage = renderOne(renderer, src, job.settings.docsDir, hooks, job.settings.sources?.[src]);
    await post({ kind: 'page', page });
  }
  await post({ kind: 'done' });
  // The IPC channel was all that kept this process running.
  process.disconnect?.();
});
