import { type UpdateOwnerProfileBody } from '@salon/contracts-owner';
import { eq, owners, type Database } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { toOwnerProfile } from './owner-profile-view';

/** Changes the caller's business name or phone; only the given fields (PUT /clients/me). */
export async function updateClient({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date; ownerId: string };
  input: UpdateOwnerProfileBody;
}) {
  const [owner] = await ctx.db
    .update(owners)
    .set({
      ...(input.businessName !== undefined && { businessName: input.businessName }),
      ...(input.phone !== undefined && { phone: input.phone }),
      updatedAt: ctx.now(),
    })
    .where(eq(owners.id, ctx.ownerId))
    .returning();
  if (!owner) throw new NotFoundError('Owner profile');
  return toOwnerProfile(owner);
}
