import { sql } from 'drizzle-orm';
import { createDatabase } from './client';
import { executeInTransaction } from './execute-in-transaction';
import { executePrepared } from './execute-prepared';
import { migrate } from './migrations';
import { isStaleRead, staleReadGuard } from './stale-read';
import { useTestDatabase } from './testing';
import { withTransaction } from './transaction';
import { type Database, type DatabaseHandle } from './types';

// assert_current() is migration 0021's: it must exist and behave the same on both drivers.
const testDatabase = useTestDatabase({ maxConnections: 4 });
let pglite: DatabaseHandle;
beforeAll(async () => {
  pglite = await createDatabase();
  await migrate(pglite);
  for (const db of [testDatabase().db, pglite.db]) await db.execute(sql`create table stale_probe (id int primary key, plan text)`);
}, 30_000);
afterAll(() => pglite.close());

const drivers: [string, () => Database][] = [
  ['the test database', () => testDatabase().db],
  ['PGlite', () => pglite.db],
];
const planIs = (plan: string) => staleReadGuard(sql`(select plan from stale_probe where id = 1) = ${plan}`, 'the probe plan');
const bookedIds = async (db: Database) => (await executePrepared<{ id: number }>(db, sql`select id from stale_probe where id > 1 order by id`)).map((row) => row.id);

describe.each(drivers)('staleReadGuard on %s', (_name, db) => {
  beforeEach(async () => {
    await db().execute(sql`truncate stale_probe`);
    await db().execute(sql`insert into stale_probe (id, plan) values (1, 'premium')`);
  });

  it('lets the transaction commit while the read still holds', async () => {
    await executeInTransaction(db(), [planIs('premium'), sql`insert into stale_probe (id) values (${2})`]);
    expect(await bookedIds(db())).toEqual([2]);
  });

  it('fails with SR001 naming the read when it changed, and the writes after it are rolled back', async () => {
    const error = await executeInTransaction(db(), [planIs('free'), sql`insert into stale_probe (id) values (${2})`]).catch((caught: unknown) => caught);
    expect(isStaleRead(error)).toBe(true);
    expect(String((error as { cause?: unknown }).cause ?? error)).toContain('the probe plan');
    expect(await bookedIds(db())).toEqual([]);
  });

  it('a null condition (the row is gone) counts as changed', async () => {
    await db().execute(sql`delete from stale_probe where id = 1`);
    const error = await executeInTransaction(db(), [planIs('premium')]).catch((caught: unknown) => caught);
    expect(isStaleRead(error)).toBe(true);
  });
});

describe('staleReadGuard after a lock (the test database)', () => {
  beforeEach(async () => {
    await testDatabase().db.execute(sql`truncate stale_probe`);
    await testDatabase().db.execute(sql`insert into stale_probe (id, plan) values (1, 'premium')`);
  });

  it('sees a writer that committed while the lock before it waited', async () => {
    const { db } = testDatabase();
    let oneTrip: Promise<unknown> | undefined;
    await withTransaction({ db }, async (writer) => {
      await writer.execute(sql`select pg_advisory_xact_lock(4242)`);
      await writer.execute(sql`update stale_probe set plan = 'free' where id = 1`);
      // Read before the writer commits: premium. The one-trip transaction waits on the lock.
      oneTrip = executeInTransaction(db, [sql`select pg_advisory_xact_lock_shared(4242)`, planIs('premium'), sql`insert into stale_probe (id) values (${2})`])
        .catch((caught: unknown) => caught);
      // PGlite has one connection: the one-trip transaction simply runs after this one.
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    expect(isStaleRead(await oneTrip)).toBe(true);
    expect(await bookedIds(db)).toEqual([]);
  });
});
