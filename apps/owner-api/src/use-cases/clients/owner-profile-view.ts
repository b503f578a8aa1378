import { type OwnerProfile } from '@salon/contracts-owner';
import { eq, owners, type Database, type Owner } from '@salon/db';
import { NotFoundError } from '@salon/errors';

/** The API's view of an owner profile row. */
export const toOwnerProfile = (owner: Owner): OwnerProfile => ({
  id: owner.id,
  userId: owner.userId,
  businessName: owner.businessName,
  phone: owner.phone,
  createdAt: owner.createdAt.toISOString(),
  updatedAt: owner.updatedAt.toISOString(),
});

/** @throws NotFoundError('Owner profile') */
export async function loadOwnerProfile(db: Database, ownerId: string): Promise<OwnerProfile> {
  const [owner] = await db.select().from(owners).where(eq(owners.id, ownerId)).limit(1);
  if (!owner) throw new NotFoundError('Owner profile');
  return toOwnerProfile(owner);
}
