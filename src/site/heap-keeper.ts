/**
 * Garbage collection between the pieces of a big page (src/markdown/pieces.ts), in a render
 * worker started with `--expose-gc`, and between the pages of a big site that Astro draws, in the
 * build's process (DRAW_KEPT_PAGES). V8 sizes its heap by how fast it grows, not by what stays
 * live: rendering a 10 MB page, whose pieces leave under 100 MB live at a time, grew the worker to
 * 885 MB of memory. Collecting whenever the heap has grown by `slack` bytes since the last
 * collection bounds it by what is live plus the slack (measured: 590 MB with 32 MB of slack, 159
 * collections; 580-615 MB with 64 MB; 653 MB with 128 MB; 867-908 MB without; the render took
 * 41-44 s either way, within the noise).
 *
 * @example
 *   createRenderer({ ...options, afterPiece: heapKeeper() }); // undefined without --expose-gc: nothing to do
 */
import { getHeapStatistics } from 'node:v8';

const HEAP_SLACK = 64 << 20;

export function heapKeeper(collect: (() => void) | undefined = exposedGc(), slack = HEAP_SLACK, used: () => number = heapUsed): (() => void) | undefined {
  if (!collect) return undefined;
  let floor = used();
  return () => {
    if (used() < floor + slack) return;
    collect();
    floor = used();
  };
}

/** What V8's heap holds. */
function heapUsed(): number {
  return getHeapStatistics().used_heap_size;
}

/**
 * From how many pages Astro draws, the build's process collects its garbage as they are drawn, on
 * the heap and the buffers its objects hold (drawKeeper): V8 let both grow far past what stays
 * live (~76 MB), and the 2,000-page site's process peaked at 449-549 MiB, near the 600 MB target;
 * collecting whenever they have grown by HEAP_SLACK, 354-405 MiB, the build's time within the
 * noise (20.4-20.8 s against 20.5 s, alternating). Not for a smaller draw, which V8 collects less
 * often than this would: the corpus's 123 pages built ~65 ms slower with it (6 runs each).
 */
export const DRAW_KEPT_PAGES = 500;

/** The keeper of a draw of `pages` pages (called after each is drawn: src/integration/emit.ts); undefined below DRAW_KEPT_PAGES or without gc. */
export function drawKeeper(pages: number, collect: (() => void) | undefined = exposedGc(), used: () => number = heapAndExternal): (() => void) | undefined {
  return pages >= DRAW_KEPT_PAGES ? heapKeeper(collect, HEAP_SLACK, used) : undefined;
}

/** What V8's heap holds, and the memory outside it that its objects hold (buffers: a page's bytes). */
export function heapAndExternal(): number {
  const heap = getHeapStatistics();
  return heap.used_heap_size + heap.external_memory;
}

/** `gc`, which Node defines on the global object only when it runs with `--expose-gc`. */
function exposedGc(): (() => void) | undefined {
  const gc: unknown = Reflect.get(globalThis, 'gc');
  return typeof gc === 'function' ? () => void Reflect.apply(gc, globalThis, []) : undefined;
}
