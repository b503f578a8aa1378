import { eq, isUniqueViolation, users, type Database } from '@salon/db';
import { ConflictError } from '@salon/errors';
import { type Actor } from './context';
import { getMe } from './get-me';

export type ProfileChanges = { displayName?: string; phone?: string | null; email?: string };

/** Changes the caller's own name, phone or email (never anyone else's). */
export async function updateProfile({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date };
  input: { actor: Actor; changes: ProfileChanges };
}) {
  const { changes } = input;
  try {
    await ctx.db
      .update(users)
      .set({
        ...(changes.displayName !== undefined && { displayName: changes.displayName }),
        ...(changes.phone !== undefined && { phone: changes.phone }),
        ...(changes.email !== undefined && { email: changes.email.toLowerCase() }),
        updatedAt: ctx.now(),
      })
      .where(eq(users.id, input.actor.userId));
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('That email is already used by another account.');
    throw error;
  }
  return getMe({ ctx, input: { actor: input.actor } });
}
