/**
 * A queue that runs async tasks one after another: each starts when the one before it has
 * settled, fulfilled or not. Mermaid's CSP patches (mermaid-csp.ts) go through one, because they
 * swap page-wide prototypes: two draws overlapping (navigation.instant moving on mid-draw) would
 * each save the other's patches as the originals and leave them in place for good.
 *
 *   const run = createSerial();
 *   run(drawA); run(drawB)   // drawB starts once drawA's promise has settled
 */
export function createSerial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    // The next task waits for this one whatever its outcome; the outcome is the caller's.
    tail = run.catch(() => undefined);
    return run;
  };
}
