import { eq, users, type Database } from '@salon/db';
import { type Actor, type Role } from './context';
import { ensureProfile } from './ensure-profile';
import { getMe } from './get-me';

export type RegisterInput = { role: Role; displayName?: string; phone?: string; businessName?: string };

/** Creates the owner or customer profile for the caller; registering twice changes nothing. */
export async function registerProfile({
  ctx,
  input,
}: {
  ctx: { db: Database };
  input: { actor: Actor; body: RegisterInput };
}) {
  const { actor, body } = input;
  if (body.displayName || body.phone) {
    await ctx.db
      .update(users)
      .set({ ...(body.displayName && { displayName: body.displayName }), ...(body.phone && { phone: body.phone }) })
      .where(eq(users.id, actor.userId));
  }
  await ensureProfile(ctx.db, {
    userId: actor.userId,
    role: body.role,
    businessName: body.businessName ?? body.displayName,
    phone: body.phone,
  });
  return getMe({ ctx, input: { actor } });
}
