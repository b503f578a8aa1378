import { type UpdateStaffBody } from '@salon/contracts-owner';
import { eq, staff, type Database } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { findOwnedStaff, toOneOwnerStaff } from './staff-view';

/** Partial update of a staff member of the caller's shops (PUT /staff/:id). */
export async function updateStaff({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date; ownerId: string };
  input: { id: string; body: UpdateStaffBody };
}) {
  const { member: current, currency } = await findOwnedStaff(ctx, input.id);
  const [member] = await ctx.db
    .update(staff)
    .set({ ...input.body, updatedAt: ctx.now() })
    .where(eq(staff.id, current.id))
    .returning();
  if (!member) throw new NotFoundError('Staff member');
  return toOneOwnerStaff(ctx.db, member, currency);
}
