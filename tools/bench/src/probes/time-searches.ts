// Times each bench search query sequentially at one connection on a database seeded by
// seed-search-db.ts: median, p90 and max wall ms of findCandidates (the search's one candidate
// statement) per query kind, for before/after comparisons of the search SQL.
// Run: SEARCH_DB=postgres://…/bench_x npx tsx tools/bench/src/probes/time-searches.ts [rounds]
import { SearchQuerySchema } from '@salon/contracts-customer';
import { findCandidates } from '@salon/customer-api/search-query';
import { createDatabase } from '@salon/db';
import { TYPOS, CITIES } from '../customer-http/generate-shops';

async function main() {
  const rounds = Number(process.argv[2] ?? 5);
  const handle = await createDatabase({ url: process.env['SEARCH_DB']! });
  const kinds: Record<string, Record<string, string>[]> = {
    q: TYPOS.map((q) => ({ q })),
    'q&city': TYPOS.map((q, i) => ({ q, city: CITIES[i % CITIES.length]!.name })),
    'q&near': TYPOS.map((q, i) => ({ q, near: `${CITIES[i % CITIES.length]!.lat},${CITIES[i % CITIES.length]!.lng}`, radiusKm: '5' })),
    near: TYPOS.map((_q, i) => ({ near: `${(CITIES[i % CITIES.length]!.lat + (i % 3) * 0.01).toFixed(4)},${CITIES[i % CITIES.length]!.lng}`, radiusKm: '5' })),
    city: TYPOS.map((_q, i) => ({ city: CITIES[i % CITIES.length]!.name })),
  };
  for (const [kind, params] of Object.entries(kinds)) {
    const times: number[] = [];
    for (let r = 0; r < rounds; r += 1) {
      for (const p of params) {
        const started = performance.now();
        await findCandidates(handle.db, SearchQuerySchema.parse(p), undefined, 41);
        times.push(performance.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    const at = (f: number) => times[Math.floor(f * (times.length - 1))]!.toFixed(1);
    console.log(`${kind.padEnd(8)} median ${at(0.5)} ms  p90 ${at(0.9)} ms  max ${at(1)} ms  (${times.length} queries)`);
  }
  await handle.close();
}
void main();
