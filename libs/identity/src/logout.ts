import { revokedSessions, type Database } from '@salon/db';
import { type Actor } from './context';

/**
 * Revokes the caller's session: its token is refused from now on, even before it expires.
 * The row can be purged once the token would have expired anyway.
 */
export async function logout({ ctx, input }: { ctx: { db: Database; now: () => Date }; input: { actor: Actor } }) {
  await ctx.db
    .insert(revokedSessions)
    .values({
      sessionId: input.actor.sessionId,
      userId: input.actor.userId,
      revokedAt: ctx.now(),
      expiresAt: input.actor.sessionExpiresAt,
    })
    .onConflictDoNothing({ target: revokedSessions.sessionId });
}
