/**
 * Build phase timings, for `npm run bench`: the build reports how long each phase took through
 * an optional callback, so measuring costs nothing when nobody listens and needs no global state.
 *
 *   prepareSite({ configFile, onTiming: (phase, ms) => console.log(phase, ms) })
 *   // config 12.3, render 812.4, model 40.1
 */

/** The phases of a build, in the order they run. */
export const BUILD_PHASES = ['config', 'render', 'model', 'astro', 'write', 'pagefind', 'publish'] as const;
export type BuildPhase = (typeof BUILD_PHASES)[number];

/** Receives each phase's duration in milliseconds once it ends. */
export type TimingListener = (phase: BuildPhase, ms: number) => void;

/**
 * A stopwatch over consecutive phases: `lap('config')` reports the time since the previous lap
 * (or since the stopwatch was made) as that phase. Without a listener it does nothing.
 */
export function phaseClock(listener: TimingListener | undefined): (phase: BuildPhase) => void {
  if (!listener) return () => undefined;
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    listener(phase, now - last);
    last = now;
  };
}
