/** Latency summaries: nearest-rank percentiles over a sample of measurements. */

/** Nearest-rank percentile (p in 0..100) of values; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export function summarize(values: readonly number[]): Summary {
  const count = values.length;
  const total = values.reduce((sum, value) => sum + value, 0);
  return {
    count,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: count === 0 ? Number.NaN : values.reduce((max, value) => Math.max(max, value), -Infinity),
    mean: count === 0 ? Number.NaN : total / count,
  };
}
