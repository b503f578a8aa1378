import { type LoadResult } from '../owner-http/load';
import { percent, printPlans } from '../owner-http/report';
import { type SearchPlan } from './explain';

/** The plans, each followed by whether it used the search index(es) it should. */
export function printSearchPlans(plans: SearchPlan[]): void {
  for (const plan of plans) {
    printPlans([plan]);
    const verdict = plan.missing.length === 0 ? 'yes' : `NO (not used: ${plan.missing.join(', ')})`;
    console.log(`  -> uses ${plan.expected.join(', ')}: ${verdict}`);
  }
}

/**
 * The one line a script greps: search p99s with the page cache as configured, then with it off
 * (the cost of computing every search), so neither figure is quoted without the other.
 */
export function customerHeadline(r: {
  q: LoadResult; near: LoadResult; availableOn: LoadResult; slots: LoadResult; baseline: LoadResult;
  ttl: number; uncached: { q: LoadResult; near: LoadResult; availableOn: LoadResult };
}): string {
  return `bench customer-http: search p99 with page cache (TTL ${r.ttl} s) q ${r.q.p99Ms} ms, near ${r.near.p99Ms} ms, availableOn ${r.availableOn.p99Ms} ms; ` +
    `uncached q ${r.uncached.q.p99Ms} ms, near ${r.uncached.near.p99Ms} ms, availableOn ${r.uncached.availableOn.p99Ms} ms; ` +
    `slots ${r.slots.rps.toFixed(0)} req/s (${percent(r.slots.rps, r.baseline.rps)} of baseline)`;
}
