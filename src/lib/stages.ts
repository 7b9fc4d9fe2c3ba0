/**
 * Timing of the named stages of a build, for the benchmarks; without a record to fill, a stage
 * just runs.
 */

/** Milliseconds spent in each stage, by name; a name with a colon is part of the stage before it. */
export type StageTimes = Record<string, number>;

/**
 * Runs a stage, adding its time to `times` when given.
 *
 * @param times Where to add the time, if anywhere.
 * @param name Stage name.
 * @param run The stage.
 * @returns What the stage returns.
 */
export function stage<T>(times: StageTimes | undefined, name: string, run: () => T): T {
  if (!times) return run();
  const t0 = performance.now();
  const out = run();
  times[name] = (times[name] ?? 0) + performance.now() - t0;
  return out;
}
