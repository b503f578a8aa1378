import { type UpdateServiceBody } from '@salon/contracts-owner';
import { eq, services, type Database } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { findOwnedService, toOwnerService } from './service-view';

/** Partial update of one of the caller's services (PUT /services/:id); bookings keep their copied price. */
export async function updateService({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date; ownerId: string };
  input: { id: string; body: UpdateServiceBody };
}) {
  const { service: current, currency } = await findOwnedService(ctx, input.id);
  const [service] = await ctx.db
    .update(services)
    .set({ ...input.body, updatedAt: ctx.now() })
    .where(eq(services.id, current.id))
    .returning();
  if (!service) throw new NotFoundError('Service');
  return toOwnerService(service, currency);
}
