/**
 * Timing of the named stages of a build, for the benchmarks; without a record to fill, a stage
 * just runs.
 */

/**
 * Milliseconds of this thread's processor time. The benchmarks run on a machine shared with other
 * work, where wall time varies by tens of percent from run to run and processor time much less.
 *
 * @returns Milliseconds.
 */
export function cpuNow(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

/** Processor milliseconds spent in each stage, by name; a name with a colon is part of the stage before it. */
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
  const t0 = cpuNow();
  const out = run();
  times[name] = (times[name] ?? 0) + cpuNow() - t0;
  return out;
}
