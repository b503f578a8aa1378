import { idempotencyKeys, lt, revokedSessions, type Database } from '@salon/db';

/**
 * Deletes what can no longer matter: idempotency keys past their 24 h window, and revoked
 * sessions whose token has expired anyway (an expired token is refused without the row).
 */
export async function purgeExpiredRecords({ ctx }: { ctx: { db: Database; now: () => Date } }) {
  const now = ctx.now();
  const keys = await ctx.db.delete(idempotencyKeys).where(lt(idempotencyKeys.expiresAt, now)).returning({ key: idempotencyKeys.key });
  const sessions = await ctx.db
    .delete(revokedSessions)
    .where(lt(revokedSessions.expiresAt, now))
    .returning({ id: revokedSessions.sessionId });
  return { idempotencyKeys: keys.length, revokedSessions: sessions.length };
}
