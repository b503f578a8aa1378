import { sql } from 'drizzle-orm';
import { createDatabase } from './client';
import { pgErrorCode } from './errors';
import { executePipelined } from './execute-pipelined';
import { useTestDatabase } from './testing';
import { withTransaction } from './transaction';
import { type Database, type DatabaseHandle } from './types';

const testDatabase = useTestDatabase();
let pglite: DatabaseHandle;

beforeAll(async () => {
  pglite = await createDatabase();
  for (const db of [testDatabase().db, pglite.db]) await db.execute(sql`create table pipeline_probe (id int primary key)`);
});
afterAll(() => pglite.close());

const drivers: [string, () => Database, boolean][] = [
  // The test database is PostgreSQL under DATABASE_URL (CI), PGlite otherwise.
  ['the test database', () => testDatabase().db, Boolean(process.env['DATABASE_URL'])],
  ['PGlite', () => pglite.db, false],
];

describe.each(drivers)('executePipelined on %s', (_name, db, isPostgres) => {
  it('runs the statements in order and answers each one, queued at once on postgres.js only', async () => {
    const rows = await withTransaction({ db: db() }, async (tx) => {
      const sent = executePipelined(tx, [
        sql`insert into pipeline_probe (id) values (${1}), (${2})`,
        sql`select count(*)::int as n from pipeline_probe where id <= ${2}`,
        sql`delete from pipeline_probe where id = ${2} returning id`,
      ]);
      expect(sent.isQueued).toBe(isPostgres);
      return sent.rows;
    });
    expect(rows[1]).toEqual([{ n: 2 }]);
    expect(rows[2]).toEqual([{ id: 2 }]);
    expect(await db().execute(sql`select id from pipeline_probe order by id`)).toMatchObject(isPostgres ? [{ id: 1 }] : { rows: [{ id: 1 }] });
  });

  it('rejects with the first failure, not the aborted-transaction error of the ones after it, and rolls back', async () => {
    const attempt = withTransaction({ db: db() }, async (tx) => {
      await executePipelined(tx, [
        sql`insert into pipeline_probe (id) values (${10})`,
        sql`insert into pipeline_probe (id) values (${1})`,
        sql`select 1 as one`,
      ]).rows;
    });
    // pgErrorCode: drizzle wraps PGlite's errors, postgres.js's arrive as they are.
    expect(pgErrorCode(await attempt.catch((error: unknown) => error))).toBe('23505');
    expect(await db().execute(sql`select id from pipeline_probe where id = 10`)).toMatchObject(isPostgres ? [] : { rows: [] });
  });
});
