import { performance } from 'node:perf_hooks';

export type Timing = { medianUs: number; p99Us: number; samples: number };

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/**
 * Times `fn` after a warm-up (so the JIT has compiled it), taking samples until `budgetMs` or
 * `maxSamples` is reached, and returns the median and p99 in microseconds.
 */
export function measure(fn: () => unknown, budgetMs: number, maxSamples = 5000): Timing {
  const warmUntil = performance.now() + Math.min(200, budgetMs / 4);
  while (performance.now() < warmUntil) fn();
  const samples: number[] = [];
  const stopAt = performance.now() + budgetMs;
  while (samples.length < maxSamples && (samples.length < 20 || performance.now() < stopAt)) {
    const started = performance.now();
    fn();
    samples.push((performance.now() - started) * 1000);
  }
  samples.sort((a, b) => a - b);
  return { medianUs: quantile(samples, 0.5), p99Us: quantile(samples, 0.99), samples: samples.length };
}
