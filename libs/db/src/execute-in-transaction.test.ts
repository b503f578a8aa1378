import { sql } from 'drizzle-orm';
import { createDatabase } from './client';
import { pgErrorCode } from './errors';
import { executeInTransaction, withReservedConnection } from './execute-in-transaction';
import { executePrepared } from './execute-prepared';
import { useTestDatabase } from './testing';
import { withTransaction } from './transaction';
import { type Database, type DatabaseHandle } from './types';

const testDatabase = useTestDatabase();
let pglite: DatabaseHandle;

beforeAll(async () => {
  pglite = await createDatabase();
  for (const db of [testDatabase().db, pglite.db]) {
    await db.execute(sql`create table one_trip_probe (id int primary key)`);
    // Checked at COMMIT: lets a test fail the transaction's last step.
    await db.execute(sql`create table one_trip_child (parent int references one_trip_probe (id) deferrable initially deferred)`);
  }
});
afterAll(() => pglite.close());

const drivers: [string, () => Database][] = [
  // The test database is PostgreSQL under DATABASE_URL (CI), PGlite otherwise.
  ['the test database', () => testDatabase().db],
  ['PGlite', () => pglite.db],
];

const ids = async (db: Database) => (await executePrepared<{ id: number }>(db, sql`select id from one_trip_probe order by id`)).map((row) => row.id);

describe.each(drivers)('executeInTransaction on %s', (_name, db) => {
  beforeEach(() => db().execute(sql`truncate one_trip_probe, one_trip_child`));

  it('commits every statement and answers each one, in order', async () => {
    const rows = await executeInTransaction(db(), [
      sql`insert into one_trip_probe (id) values (${1}), (${2})`,
      sql`select count(*)::int as n from one_trip_probe`,
      sql`delete from one_trip_probe where id = ${2} returning id`,
    ]);
    expect(rows[1]).toEqual([{ n: 2 }]);
    expect(rows[2]).toEqual([{ id: 2 }]);
    expect(await ids(db())).toEqual([1]);
  });

  it('throws the first failure, not the aborted-transaction errors after it, and keeps nothing', async () => {
    await executeInTransaction(db(), [sql`insert into one_trip_probe (id) values (${1})`]);
    const attempt = executeInTransaction(db(), [
      sql`insert into one_trip_probe (id) values (${10})`,
      sql`insert into one_trip_probe (id) values (${1})`,
      sql`select 1 as one`,
    ]);
    expect(pgErrorCode(await attempt.catch((error: unknown) => error))).toBe('23505');
    expect(await ids(db())).toEqual([1]);
    // The connection went back to the pool clean: the next transaction works.
    await executeInTransaction(db(), [sql`insert into one_trip_probe (id) values (${11})`]);
    expect(await ids(db())).toEqual([1, 11]);
  });

  it('throws when COMMIT itself fails (a deferred constraint) and keeps nothing', async () => {
    const attempt = executeInTransaction(db(), [
      sql`insert into one_trip_probe (id) values (${5})`,
      sql`insert into one_trip_child (parent) values (${404})`,
    ]);
    expect(pgErrorCode(await attempt.catch((error: unknown) => error))).toBe('23503');
    expect(await ids(db())).toEqual([]);
  });

  it('joins an open transaction: its rollback undoes the statements too', async () => {
    const attempt = withTransaction({ db: db() }, async (tx) => {
      await executeInTransaction(tx, [sql`insert into one_trip_probe (id) values (${7})`]);
      expect(await ids(tx)).toEqual([7]);
      throw new Error('abandon');
    });
    await expect(attempt).rejects.toThrow('abandon');
    expect(await ids(db())).toEqual([]);
  });

  it('runs on a reserved connection, beside reads sent on it, and 30 at once each commit alone', async () => {
    await withReservedConnection(db(), async (connection) => {
      const [before] = await Promise.all([ids(connection), ids(connection)]);
      expect(before).toEqual([]);
      await executeInTransaction(connection, [sql`insert into one_trip_probe (id) values (${3})`]);
      expect(await ids(connection)).toEqual([3]);
    });
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, index) => executeInTransaction(db(), [sql`insert into one_trip_probe (id) values (${100 + (index % 10)})`])),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(10);
    expect(results.filter((result) => result.status === 'rejected').map((result) => pgErrorCode((result as PromiseRejectedResult).reason))).toEqual(Array(20).fill('23505'));
    expect(await ids(db())).toEqual([3, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109]);
  });
});

describe('withReservedConnection on the test database', () => {
  it('refuses a statement sent through the connection after its work settled, instead of running it on a connection someone else may hold', async () => {
    let leaked: Database | undefined;
    await withReservedConnection(testDatabase().db, async (connection) => { leaked = connection; });
    const late = leaked === testDatabase().db ? undefined : executePrepared(leaked!, sql`select 1 as one`);
    // PGlite (no DATABASE_URL) has no pool: the database itself is handed over and stays usable.
    if (!late) return;
    // drizzle wraps it ("Failed query: …") with our error as the cause.
    const error = (await late.catch((thrown: unknown) => thrown)) as Error & { cause?: Error };
    expect(`${error.message} ${error.cause?.message ?? ''}`).toContain('went back to the pool');
  });
});

describe.each(drivers)('executeInTransaction readsAfter on %s', (_name, db) => {
  beforeEach(() => db().execute(sql`truncate one_trip_probe, one_trip_child`));

  it('reads after COMMIT see what was committed; after a failed transaction the failure is thrown', async () => {
    const rows = await executeInTransaction(db(), [sql`insert into one_trip_probe (id) values (${21})`], { readsAfter: [sql`select count(*)::int as n from one_trip_probe`] });
    expect(rows).toEqual([[], [{ n: 1 }]]);
    const failed = executeInTransaction(db(), [sql`insert into one_trip_probe (id) values (${21})`], { readsAfter: [sql`select 1 as one`] });
    expect(pgErrorCode(await failed.catch((error: unknown) => error))).toBe('23505');
  });
});
