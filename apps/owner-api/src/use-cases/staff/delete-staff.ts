import { bookings, eq, staff, withTransaction, type Database } from '@salon/db';
import { assertNoUpcomingBookings } from '../_shared/upcoming-bookings';
import { findOwnedStaff } from './staff-view';

/**
 * Soft-deletes a staff member of the caller's shops (DELETE /staff/:id). Refused with 409 while
 * they have upcoming pending or confirmed bookings: the owner moves or cancels those first.
 * @throws ConflictError, NotFoundError
 */
export async function deleteStaff({ ctx, input }: { ctx: { db: Database; now: () => Date; ownerId: string }; input: { id: string } }) {
  await withTransaction(ctx, async (tx) => {
    const { member } = await findOwnedStaff({ db: tx, ownerId: ctx.ownerId }, input.id);
    // Row lock: a booking being inserted holds a key-share lock on its staff row through the
    // (shop_id, staff_id) foreign key, so this waits for it and the count below sees it.
    await tx.select({ id: staff.id }).from(staff).where(eq(staff.id, member.id)).for('update');
    const now = ctx.now();
    await assertNoUpcomingBookings(tx, eq(bookings.staffId, member.id), now, 'This staff member');
    await tx.update(staff).set({ deletedAt: now, isActive: false, updatedAt: now }).where(eq(staff.id, member.id));
  });
}
