import { type LoadResult } from './load';

/** The middle value (the upper one of an even count). */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A scenario's rounds as one result: median req/s, p50 and p99; requests and failures summed. */
export function medianOf(results: LoadResult[]): LoadResult {
  const mid = (pick: (r: LoadResult) => number) => median(results.map(pick));
  const sum = (pick: (r: LoadResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  return {
    name: results[0]!.name, rps: mid((r) => r.rps), p50Ms: mid((r) => r.p50Ms), p99Ms: mid((r) => r.p99Ms),
    requests: sum((r) => r.requests), non2xx: sum((r) => r.non2xx), status5xx: sum((r) => r.status5xx), errors: sum((r) => r.errors),
  };
}
