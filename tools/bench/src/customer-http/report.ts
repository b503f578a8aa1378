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

/** The one line a script greps. */
export function customerHeadline(r: { q: LoadResult; near: LoadResult; availableOn: LoadResult; slots: LoadResult; baseline: LoadResult }): string {
  return `bench customer-http: search q p99 ${r.q.p99Ms} ms, near p99 ${r.near.p99Ms} ms, availableOn p99 ${r.availableOn.p99Ms} ms; ` +
    `slots ${r.slots.rps.toFixed(0)} req/s (${percent(r.slots.rps, r.baseline.rps)} of baseline)`;
}
