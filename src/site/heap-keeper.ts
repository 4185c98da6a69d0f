/**
 * Garbage collection between the pieces of a big page (src/markdown/pieces.ts), in a render
 * worker started with `--expose-gc`. V8 sizes its heap by how fast it grows, not by what stays
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

export function heapKeeper(collect: (() => void) | undefined = exposedGc(), slack = HEAP_SLACK, used: () => number = () => getHeapStatistics().used_heap_size): (() => void) | undefined {
  if (!collect) return undefined;
  let floor = used();
  return () => {
    if (used() < floor + slack) return;
    collect();
    floor = used();
  };
}

/** `gc`, which Node defines on the global object only when it runs with `--expose-gc`. */
function exposedGc(): (() => void) | undefined {
  const gc: unknown = Reflect.get(globalThis, 'gc');
  return typeof gc === 'function' ? () => void Reflect.apply(gc, globalThis, []) : undefined;
}
