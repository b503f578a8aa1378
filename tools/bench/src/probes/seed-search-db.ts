// Seeds the customer bench's search data (10,000 shops, 100,000 services) into a scratch database it
// keeps, for EXPLAINs and time-searches.ts; prints its URL and the bench date. Drop it when done:
// psql … -c 'drop database bench_x with (force)'. Run: DATABASE_URL=… npx tsx tools/bench/src/probes/seed-search-db.ts
import { sql } from '@salon/db';
import { generateShops } from '../customer-http/generate-shops';
import { seedShops } from '../customer-http/seed-shops';
import { nextLondonMonday } from '../owner-http/generate-owner-shop';
import { createScratchDatabase } from '../owner-http/scratch-database';
import { seedOwner } from '../owner-http/seed-owner-shop';

async function main() {
  const scratch = await createScratchDatabase(process.env['DATABASE_URL']!);
  const date = nextLondonMonday(new Date());
  const generated = generateShops({ shopCount: 10000 });
  const ownerId = await seedOwner(scratch.handle.db, 'user_bench_owner');
  await seedShops(scratch.handle.db, { ownerId, ...generated, closedDate: date });
  await scratch.handle.db.execute(sql`analyze`);
  console.log(scratch.url, date);
  await scratch.handle.close();
}
void main();
