/**
 * Contract for `npm run bench`. Each `test/bench/*.bench.ts` default-exports a Bench;
 * scripts/bench.ts runs them all, prints one table and writes docs/bench.md.
 * Figures only — benchmarks never assert on time (see README "Benchmarks").
 */
export interface BenchRow {
  /** What is measured, e.g. "catalog search (10,000 matters)". */
  subject: string;
  /** The figure's name, e.g. "p95". */
  metric: string;
  value: number;
  unit: string;
  /** Target from the issue, e.g. "< 5 ms"; omitted when there is none. */
  target?: string;
  /** value / target, when the target is a number in the same unit (< 1 is within target). */
  ratio?: number;
}

export interface Bench {
  name: string;
  run: () => Promise<BenchRow[]>;
}

/** Percentile of already collected samples (nearest-rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Runs fn `times` times and returns the duration of each run in milliseconds. */
export async function sample(times: number, fn: (i: number) => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
  }
  return out;
}
