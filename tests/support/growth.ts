/**
 * How a function's cost grows with its input, measured as the ratio of the fastest of a few runs at
 * four times the size to the fastest at the base size. A ratio, not a time, so a loaded machine slows
 * both sides alike: linear work gives about 4, quadratic about 16, catastrophic backtracking far more.
 */
export function growthRatio(run: (scale: number) => void, runs = 3): number {
  const fastest = (scale: number): number => {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      run(scale);
      best = Math.min(best, performance.now() - t0);
    }
    // Below a millisecond the timer's resolution dominates; count it as one.
    return Math.max(best, 1);
  };
  // Warm-up at both sizes, so that neither pays for compilation or the first growth of the heap.
  run(1);
  run(4);
  return fastest(4) / fastest(1);
}
