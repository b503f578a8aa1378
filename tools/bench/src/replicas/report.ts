import { CITIES, TYPOS } from '../customer-http/generate-shops';
import { createRandom } from '../random';
import { type LoadResult, type Scenario } from '../owner-http/load';
import { type MixResult } from './mix';

/** Points around region 0's city centres, the same every run. */
function nearPoints(count: number): [number, number][] {
  const random = createRandom(7);
  return Array.from({ length: count }, (_, index) => {
    const city = CITIES[index % CITIES.length]!;
    return [Number((city.lat + (random() - 0.5) * 0.2).toFixed(4)), Number((city.lng + (random() - 0.5) * 0.3).toFixed(4))];
  });
}

/**
 * The requests measured at both sizes, all within region 0 (the same shops at 1,000 and 100,000)
 * except the last, a text search over every shop. The shop page is the per-request reference.
 */
export function scaleScenarios(input: { target: string; shopIds: string[]; slotPaths: string[]; date: string }): Scenario[] {
  const cities = CITIES.map((city) => encodeURIComponent(city.name));
  return [
    { name: 'shop page', url: input.target, paths: input.shopIds.map((id) => `/api/v1/shops/${id}`) },
    { name: 'slots 7 days (50 shops)', url: input.target, paths: input.slotPaths },
    { name: 'search near 5 km', url: input.target, paths: nearPoints(50).map(([lat, lng]) => `/api/v1/shops/search?near=${lat},${lng}&radiusKm=5`) },
    { name: 'search q=<typo>&city', url: input.target, paths: TYPOS.map((word, i) => `/api/v1/shops/search?q=${word}&city=${cities[i % cities.length]}`) },
    { name: 'search q=<typo>, all shops', url: input.target, paths: TYPOS.map((word) => `/api/v1/shops/search?q=${word}`) },
  ];
}

/** Prints the mix's per-kind statuses and totals; returns 1 when any request got a 5xx or failed. */
export function printMix(customer: MixResult, owner: MixResult): number {
  const all = [...customer.kinds, ...owner.kinds];
  const total = all.reduce((sum, kind) => sum + kind.sent, 0);
  for (const kind of all) {
    const statuses = Object.entries(kind.byStatus).map(([status, count]) => `${status}×${count}`).join(' ');
    console.log(`  ${kind.name.padEnd(40)} ${String(kind.sent).padStart(7)} sent (${((100 * kind.sent) / total).toFixed(1)}%)  ${statuses}`);
  }
  for (const [name, r] of [['customer-api', customer], ['owner-api', owner]] as const) {
    console.log(`  ${name}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, ${r.requests} requests, non-2xx ${r.non2xx}, 5xx ${r.status5xx}, errors ${r.errors} (timeouts ${r.timeouts})`);
  }
  const fivexx = customer.status5xx + owner.status5xx;
  const failed = customer.errors + owner.errors;
  console.log(`bench replicas mix: ${(customer.rps + owner.rps).toFixed(0)} req/s, p99 ${Math.max(customer.p99Ms, owner.p99Ms)} ms, 5xx ${fivexx}, errors ${failed}, non-2xx ${customer.non2xx + owner.non2xx}`);
  return fivexx > 0 || failed > 0 ? 1 : 0;
}

/** Cost per request at each size as a share of the shop page's rate in the same run, and the change. */
export function printScale(scale: Array<{ shops: number; results: LoadResult[] }>): void {
  if (scale.length < 2) return;
  const [small, large] = scale as [{ shops: number; results: LoadResult[] }, { shops: number; results: LoadResult[] }];
  console.log(`\nCost per request, ${small.shops.toLocaleString('en-US')} → ${large.shops.toLocaleString('en-US')} shops (req/s as a share of the shop page's in the same run; p50):`);
  const parts: string[] = [];
  small.results.forEach((s, i) => {
    const l = large.results[i]!;
    const share = (r: LoadResult, base: LoadResult) => (100 * r.rps) / base.rps;
    const change = share(l, large.results[0]!) / share(s, small.results[0]!);
    console.log(`  ${s.name.padEnd(28)} ${share(s, small.results[0]!).toFixed(0)}% → ${share(l, large.results[0]!).toFixed(0)}% of shop page; p50 ${s.p50Ms} → ${l.p50Ms} ms; raw ${s.rps.toFixed(0)} → ${l.rps.toFixed(0)} req/s (relative throughput ×${change.toFixed(2)})`);
    if (i > 0) parts.push(`${s.name} ×${change.toFixed(2)}`);
  });
  console.log(`bench replicas scale: relative throughput at ${large.shops} vs ${small.shops} shops: ${parts.join(', ')} (1.00 = flat)`);
}
