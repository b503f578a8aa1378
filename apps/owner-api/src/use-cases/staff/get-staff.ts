import { type Database } from '@salon/db';
import { findOwnedStaff, toOneOwnerStaff } from './staff-view';

/** One staff member of the caller's shops, with their services (GET /staff/:id). */
export async function getStaff({ ctx, input }: { ctx: { db: Database; ownerId: string }; input: { id: string } }) {
  const { member, currency } = await findOwnedStaff(ctx, input.id);
  return toOneOwnerStaff(ctx.db, member, currency);
}
