/** Milliseconds of each of `runs` calls of `fn`, sorted, after one warm-up call. */
export async function timedRuns(runs: number, fn: () => Promise<unknown> | unknown): Promise<number[]> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

/** The value at percentile `p` (0–100) of sorted numbers. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
