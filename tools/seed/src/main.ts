import path from 'node:path';
import { loadDotEnv } from '@salon/config';
import { bookings, checkMigrations, count, customers, migrate, owners, runDatabaseTool, shops, type Database } from '@salon/db';
import { seedDemoData } from './index';

const REPO_ROOT = path.resolve(__dirname, '../../..');

/**
 * `npm run seed`: opens DATABASE_URL (or the embedded PGlite under PGLITE_DATA_DIR, default
 * .data/pglite), applies pending migrations, adds the demo data unless it is there already, and says
 * what it did. The data directory is locked like `npm start` locks it: stop the apps first.
 */
loadDotEnv([process.cwd(), REPO_ROOT]);
void runDatabaseTool(
  { name: 'seed', env: process.env, defaultDataDir: path.join(REPO_ROOT, '.data/pglite'), maxConnections: 2 },
  async ({ handle, where }) => {
    await migrate(handle);
    const { applied } = await checkMigrations(handle);
    const { created } = await seedDemoData(handle.db, { now: new Date() });
    console.log(`seed: ${handle.kind} ${where}, schema up to date (${applied} migrations)`);
    console.log(created ? 'seed: demo data created' : 'seed: demo data already present, nothing to do');
    console.log(`seed: ${await summary(handle.db)}`);
    console.log('seed: try `npm run token -- --user olivia` (owner) or `--user sam` (customer)');
  },
).then((code) => {
  process.exitCode = code;
});

async function summary(db: Database): Promise<string> {
  const tally = async (table: typeof owners | typeof customers | typeof shops | typeof bookings) =>
    (await db.select({ n: count() }).from(table))[0]?.n ?? 0;
  const [o, c, s, b] = await Promise.all([tally(owners), tally(customers), tally(shops), tally(bookings)]);
  return `${o} owners, ${c} customers, ${s} shops, ${b} bookings in the database`;
}
