import { bookings, eq, services, staffServices, withTransaction, type Database } from '@salon/db';
import { findOwnedService, toOwnerService } from './service-view';

/**
 * Deletes one of the caller's services (DELETE /services/:id). A service with bookings (any
 * status) is history those bookings point at: it is deactivated instead and returned
 * (`{ deleted: false, service }` → 200). Without bookings it is soft-deleted and nobody performs
 * it any more (`{ deleted: true }` → 204).
 */
export async function deleteService({ ctx, input }: { ctx: { db: Database; now: () => Date; ownerId: string }; input: { id: string } }) {
  return withTransaction(ctx, async (tx) => {
    const { service, currency } = await findOwnedService({ db: tx, ownerId: ctx.ownerId }, input.id);
    const now = ctx.now();
    const [booked] = await tx.select({ id: bookings.id }).from(bookings).where(eq(bookings.serviceId, service.id)).limit(1);
    if (booked) {
      const [kept] = await tx.update(services).set({ isActive: false, updatedAt: now }).where(eq(services.id, service.id)).returning();
      return { deleted: false as const, service: toOwnerService(kept ?? service, currency) };
    }
    await tx.delete(staffServices).where(eq(staffServices.serviceId, service.id));
    await tx.update(services).set({ deletedAt: now, isActive: false, updatedAt: now }).where(eq(services.id, service.id));
    return { deleted: true as const };
  });
}
