/**
 * Sharing the pages left once the render has started (src/site/render-pages.ts assigns the
 * first shares by size): a thread that becomes free takes back pages a worker has not begun and
 * renders them. Each page belongs to one share at a time: pages taken back leave their worker's
 * share and join the taker's, so a worker that stops hands back only its own (renderPages).
 * Who renders a page changes nothing in it: renderPages puts the pages back in order.
 */
import type { WorkerRun } from './render-process.ts';

/** A worker rendering: its run and its share, the pages it was given less those taken back from it. */
export interface WorkerShare {
  readonly run: WorkerRun;
  readonly pages: string[];
}

/** How many pages of `share` are not rendered yet (`done` says which are), the one its worker is on among them. */
function pagesLeft(share: WorkerShare, done: (src: string) => boolean): number {
  return share.pages.filter((src) => !done(src)).length;
}

/**
 * Takes back up to `count(left)` pages from the share with the most left, removing them from it;
 * none when no share has two (the one left is the one its worker is on) or `count` says 0.
 */
async function takeFromBusiest(shares: readonly WorkerShare[], done: (src: string) => boolean, count: (left: number) => number, exhausted: Set<WorkerShare>): Promise<string[] | undefined> {
  let busiest: WorkerShare | undefined;
  let most = 0;
  for (const share of shares) {
    if (exhausted.has(share)) continue;
    const left = pagesLeft(share, done);
    if (left > most) [busiest, most] = [share, left];
  }
  const wanted = busiest && most >= 2 ? count(most) : 0;
  if (!busiest || wanted === 0) return undefined;
  const taken = await busiest.run.take(wanted);
  // Nothing to hand back: it is ending (or has ended).
  if (taken.length === 0) exhausted.add(busiest);
  const gone = new Set(taken);
  busiest.pages.splice(0, busiest.pages.length, ...busiest.pages.filter((src) => !gone.has(src)));
  return taken;
}

/**
 * This thread, free, renders pages the workers have not begun: it takes back a third of the
 * pages left to the worker with the most, renders them, and asks again until none has pages to
 * spare. A third, not half, because this thread's renderer starts cold (its first pages render
 * about twice as slowly as a warm worker's) and the worker should not wait for it at the end.
 * Between its pages it lets the workers' pages in.
 */
export async function helpHere(shares: readonly WorkerShare[], done: (src: string) => boolean, renderHere: (src: string) => void): Promise<void> {
  const exhausted = new Set<WorkerShare>();
  for (;;) {
    const taken = await takeFromBusiest(shares, done, (left) => Math.floor((left - 1) / 3) || 1, exhausted);
    if (taken === undefined) return;
    for (const src of taken) {
      renderHere(src);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

/**
 * A new worker (`start`) takes back half of the pages left to the worker with the most, once,
 * and renders them; its share joins `shares`. Resolves when it has ended. Once: it starts cold
 * (~0.3 s to load the renderer), so it ends a little after the worker it took from, which is
 * what one more start would cost again. Not for fewer than `minPages` pages, which its start
 * would cost more than it saves.
 */
export async function helpInWorker(shares: WorkerShare[], done: (src: string) => boolean, start: (pages: readonly string[]) => WorkerRun, minPages: number): Promise<void> {
  const half = (left: number) => Math.floor((left - 1) / 2);
  const taken = await takeFromBusiest(shares, done, (left) => (half(left) >= minPages ? half(left) : 0), new Set());
  if (!taken || taken.length === 0) return;
  const share: WorkerShare = { run: start(taken), pages: [...taken] };
  shares.push(share);
  await share.run.outcome;
}
