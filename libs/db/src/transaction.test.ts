import { eq } from 'drizzle-orm';
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
