import path from 'node:path';
import {
  bookings,
  checkMigrations,
  count,
  createDatabase,
  customers,
  migrate,
  owners,
  shops,
  type Database,
} from '@salon/db';
import { seedDemoData } from './index';

/** `.data/pglite` at the repository root: the default of PGLITE_DATA_DIR, which npm start and `npm run migrate` read too. */
const DEFAULT_PGLITE_DIR = path.resolve(__dirname, '../../../.data/pglite');

/**
 * `npm run seed`: opens DATABASE_URL (or the embedded PGlite under .data/pglite), applies pending
 * migrations, adds the demo data unless it is there already, and says what it did. Stop the apps
 * first when using PGlite: one data directory may be open in one process only.
 */
async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'] || undefined;
  // The same variable npm start and npm run migrate read, so all three open one database.
  const dataDir = process.env['PGLITE_DATA_DIR'] ? path.resolve(process.env['PGLITE_DATA_DIR']) : DEFAULT_PGLITE_DIR;
  const handle = await createDatabase({ url, dataDir, maxConnections: 2 });
  try {
    await migrate(handle);
    const { applied } = await checkMigrations(handle);
    const { created } = await seedDemoData(handle.db, { now: new Date() });
    const where = url ? 'DATABASE_URL' : dataDir;
    console.log(`seed: ${handle.kind} (${where}), schema up to date (${applied} migrations)`);
    console.log(created ? 'seed: demo data created' : 'seed: demo data already present, nothing to do');
    console.log(`seed: ${await summary(handle.db)}`);
    console.log('seed: try `npm run token -- --user olivia` (owner) or `--user sam` (customer)');
  } finally {
    await handle.close();
  }
}

async function summary(db: Database): Promise<string> {
  const tally = async (table: typeof owners | typeof customers | typeof shops | typeof bookings) =>
    (await db.select({ n: count() }).from(table))[0]?.n ?? 0;
  const [o, c, s, b] = await Promise.all([tally(owners), tally(customers), tally(shops), tally(bookings)]);
  return `${o} owners, ${c} customers, ${s} shops, ${b} bookings in the database`;
}

main().catch((err: unknown) => {
  console.error('seed: failed:', err);
  process.exitCode = 1;
});
