import { and, customers, eq, isNull, owners, users, type Database } from '@salon/db';
import { ForbiddenError } from '@salon/errors';
import { type Actor, type Role } from './context';
import { ensureProfile } from './ensure-profile';
import { getMe } from './get-me';

export type RegisterInput = { role: Role; displayName?: string; phone?: string; businessName?: string };

/** Which API the request came through: owner profiles are created through owner-api only. */
export type RegisteringApi = 'owner' | 'customer';

/**
 * Creates the caller's owner or customer profile if it is missing, and fills only what is still
 * empty; it never overwrites (changes go through PUT /auth/profile):
 * - a missing profile is created with the body's businessName (owners; default: the display
 *   name, then "My salon") and phone;
 * - an existing profile is kept as it is, except that a phone it lacks (a customer profile made
 *   just in time) is filled from the body;
 * - the user's display name and phone are filled from the body only where they are empty.
 * Registering again with the same body therefore changes nothing.
 */
export async function registerProfile({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date };
  input: { actor: Actor; body: RegisterInput; api: RegisteringApi };
}) {
  const { actor, body } = input;
  if (body.role === 'owner' && input.api !== 'owner') {
    throw new ForbiddenError('Owner profiles are created through the owner API: POST /api/v1/auth/register on owner-api.');
  }
  await ctx.db.transaction(async (tx) => {
    // One statement per field, each only where it is empty: a second register touches no row.
    if (body.displayName !== undefined) {
      await tx.update(users).set({ displayName: body.displayName }).where(and(eq(users.id, actor.userId), isNull(users.displayName)));
    }
    if (body.phone !== undefined) {
      await tx.update(users).set({ phone: body.phone }).where(and(eq(users.id, actor.userId), isNull(users.phone)));
    }
    const [user] = await tx.select({ displayName: users.displayName }).from(users).where(eq(users.id, actor.userId));
    await ensureProfile(tx, {
      userId: actor.userId,
      role: body.role,
      businessName: body.businessName ?? user?.displayName ?? undefined,
      phone: body.phone,
    });
    if (body.phone === undefined) return;
    const profile = body.role === 'owner' ? owners : customers;
    await tx.update(profile).set({ phone: body.phone }).where(and(eq(profile.userId, actor.userId), isNull(profile.phone)));
  });
  return getMe({ ctx, input: { actor } });
}
