/** Timing and statistics for the benchmark. */

/** `globalThis.gc` when Node runs with `--expose-gc`. */
const collect = (globalThis as {gc?: () => void}).gc;

/** Whether garbage can be collected between runs (`node --expose-gc`). */
export const canCollect = collect !== undefined;

/** Collect garbage, if allowed, so one run's garbage is not charged to the next. */
export function collectGarbage(): void {
  collect?.();
}

/** Milliseconds one call takes. */
export function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Nearest-rank percentile (`p` in 0–100) of samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface Summary {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

export function summarise(samples: readonly number[]): Summary {
  return {
    runs: samples.length,
    medianMs: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    minMs: round(Math.min(...samples)),
    maxMs: round(Math.max(...samples))
  };
}

/** Round to 3 significant decimals for the report. */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
