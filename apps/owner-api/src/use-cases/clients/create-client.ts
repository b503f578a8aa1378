import { type CreateOwnerProfileBody } from '@salon/contracts-owner';
import { eq, owners, type Database } from '@salon/db';
import { ConflictError, NotFoundError } from '@salon/errors';
import { ensureProfile } from '@salon/identity';
import { toOwnerProfile } from './owner-profile-view';

/**
 * Makes the signed-in user a salon owner (POST /clients). The identity lib's ensureProfile does
 * the insert and the role, so /auth/register and this route create the same profile.
 * @throws ConflictError when the caller already has an owner profile
 */
export async function createClient({
  ctx,
  input,
}: {
  ctx: { db: Database };
  input: { userId: string; body: CreateOwnerProfileBody };
}) {
  const created = await ensureProfile(ctx.db, { userId: input.userId, role: 'owner', ...input.body });
  if (!created) throw new ConflictError('You already have an owner profile: change it with PUT /api/v1/clients/me.');
  const [owner] = await ctx.db.select().from(owners).where(eq(owners.userId, input.userId)).limit(1);
  if (!owner) throw new NotFoundError('Owner profile');
  return toOwnerProfile(owner);
}
