import { eq, sql } from 'drizzle-orm';
import { users } from './schema/users';
import { makeUser, useTestDatabase } from './testing';
import { withTransaction } from './transaction';
import { type Database } from './types';

const handle = useTestDatabase();

async function userExists(db: Database, clerkUserId: string): Promise<boolean> {
  return (await db.select().from(users).where(eq(users.clerkUserId, clerkUserId))).length > 0;
}

describe('withTransaction', () => {
  it('commits on success', async () => {
    await withTransaction({ db: handle().db }, (tx) => makeUser(tx, { clerkUserId: 'user_tx_commit' }));
    expect(await userExists(handle().db, 'user_tx_commit')).toBe(true);
  });

  it('rolls back everything when the function throws', async () => {
    const attempt = withTransaction({ db: handle().db }, async (tx) => {
      await makeUser(tx, { clerkUserId: 'user_tx_rollback' });
      throw new Error('use case failed');
    });
    await expect(attempt).rejects.toThrow('use case failed');
    expect(await userExists(handle().db, 'user_tx_rollback')).toBe(false);
  });

  it('reuses an outer transaction instead of nesting one', async () => {
    const attempt = withTransaction({ db: handle().db }, async (outer) => {
      const inner = await withTransaction({ db: outer }, async (tx) => {
        expect(tx).toBe(outer);
        return makeUser(tx, { clerkUserId: 'user_tx_inner' });
      });
      expect(await userExists(outer, inner.clerkUserId)).toBe(true);
      throw new Error('outer use case failed after the inner one succeeded');
    });
    await expect(attempt).rejects.toThrow('outer use case failed');
    // No savepoint: the inner work goes with the outer rollback.
    expect(await userExists(handle().db, 'user_tx_inner')).toBe(false);
  });
});

describe('withTransaction: a nested drizzle transaction is a savepoint', () => {
  it('keeps the outer work when the inner one fails, and commits both when it succeeds', async () => {
    const { db } = handle();
    await db.execute(sql`create table savepoint_probe (id int primary key)`);
    await withTransaction({ db }, async (tx) => {
      await tx.execute(sql`insert into savepoint_probe values (1)`);
      await expect(tx.transaction(async (inner) => { await inner.execute(sql`insert into savepoint_probe values (2)`); throw new Error('inner fails'); })).rejects.toThrow('inner fails');
      await tx.transaction(async (inner) => { await inner.execute(sql`insert into savepoint_probe values (3)`); });
    });
    const result = (await db.execute(sql`select id from savepoint_probe order by id`)) as unknown;
    const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
    expect(rows).toEqual([{ id: 1 }, { id: 3 }]);
  });
});
