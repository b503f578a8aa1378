import { performance } from 'node:perf_hooks';

export type Timing = { medianUs: number; p99Us: number; samples: number };

const MAX_SAMPLES = 5000;

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/**
 * Times `fn` after a warm-up (so the JIT has compiled it), taking samples until `budgetMs` or
 * MAX_SAMPLES is reached, and returns the median and p99 in microseconds.
 */
export function measure(fn: () => unknown, budgetMs: number): Timing {
  const warmUntil = performance.now() + Math.min(200, budgetMs / 4);
  while (performance.now() < warmUntil) fn();
  const samples: number[] = [];
  const stopAt = performance.now() + budgetMs;
  while (samples.length < MAX_SAMPLES && (samples.length < 20 || performance.now() < stopAt)) {
    const started = performance.now();
    fn();
    samples.push((performance.now() - started) * 1000);
  }
  samples.sort((a, b) => a - b);
  return { medianUs: quantile(samples, 0.5), p99Us: quantile(samples, 0.99), samples: samples.length };
}
