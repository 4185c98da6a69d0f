/**
 * A render worker, a child process (started by src/site/render-pages.ts): waits for its job,
 * builds its own renderer from the plain settings it is given, renders its share of the pages
 * and posts each back as soon as it is rendered, then says it is done. The next page waits until
 * the last one is written to the channel, so the worker holds one page at a time, not its share.
 * A big page's HTML goes in a file instead (render-process.ts SPILL_CHARS).
 */
import { preloadRenderer } from '../markdown/index.ts';
import { heapKeeper } from './heap-keeper.ts';
import { pageHooksFor, renderOne, rendererFor, type RenderedPage } from './render-pages.ts';
import { htmlFileWriter, postedPage, type RenderJob } from './render-process.ts';

function isJob(value: unknown): value is RenderJob {
  return typeof value === 'object' && value !== null && 'settings' in value && 'pages' in value && Array.isArray(value.pages) && 'spillChars' in value && typeof value.spillChars === 'number';
}

/**
 * Posts `message` to the build. A build that is gone (killed, or ended without this worker) has
 * closed the channel: there is no one to render for, and the worker ends quietly, not with the
 * closed pipe's stack trace.
 */
function post(message: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const send = process.send?.bind(process);
    if (!send) throw new Error('render-worker.ts runs as a child process with an IPC channel');
    send(message, undefined, undefined, (error: Error | null) => {
      if (!error) resolve();
      else if (!process.connected || ('code' in error && error.code === 'EPIPE')) process.exit(0);
      else reject(error);
    });
  });
}

process.once('disconnect', () => process.exit(0));

// A spare worker starts with the build and waits for its job: the renderer loads meanwhile,
// not when the job has come (src/markdown/index.ts loads it with the first renderer).
preloadRenderer();

process.once('message', async (job: unknown) => {
  if (!isJob(job)) {
    await post({ kind: 'failed', reason: 'no render job given' });
    return;
  }
  // A big page's HTML comes from the renderer as UTF-8, written to its file as it is (postedPage).
  const renderer = rendererFor(job.settings, undefined, { afterPiece: heapKeeper(), htmlBytesFrom: job.spillDir === undefined ? undefined : job.spillChars });
  const hooks = pageHooksFor(job.settings, renderer);
  const write = htmlFileWriter();
  for (const src of job.pages) {
    const page: RenderedPage = renderOne(renderer, src, job.settings.docsDir, hooks, job.settings.sources?.[src]);
    await post({ kind: 'page', page: postedPage(page, job, write) });
  }
  // What the renderer says of the settings, so the build need not make one to say it.
  await post({ kind: 'done', notes: { unsupported: renderer.unsupported, optionWarnings: renderer.optionWarnings } });
  // The IPC channel was all that kept this process running.
  process.disconnect?.();
});
