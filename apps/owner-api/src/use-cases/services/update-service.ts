import { type UpdateServiceBody } from '@salon/contracts-owner';
import { eq, services, type Database } from '@salon/db';
import { NotFoundError, ValidationError } from '@salon/errors';
import { findOwnedService, toOwnerService } from './service-view';

/**
 * Partial update of one of the caller's services (PUT /services/:id); bookings keep their copied price.
 * @throws NotFoundError, ValidationError (segments that do not add up to the duration)
 */
export async function updateService({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date; ownerId: string };
  input: { id: string; body: UpdateServiceBody };
}) {
  const { service: current, currency } = await findOwnedService(ctx, input.id);
  // The merged row must stay consistent: segments add up to the duration (processing time).
  const segments = input.body.segments !== undefined ? input.body.segments : current.segments;
  const duration = input.body.durationMinutes ?? current.durationMinutes;
  if (segments && segments.reduce((sum, segment) => sum + segment.minutes, 0) !== duration) {
    const message = `The segments must add up to durationMinutes (${duration}); change both together.`;
    throw new ValidationError(message, [{ path: input.body.segments !== undefined ? 'body.segments' : 'body.durationMinutes', message }]);
  }
  const [service] = await ctx.db
    .update(services)
    .set({ ...input.body, updatedAt: ctx.now() })
    .where(eq(services.id, current.id))
    .returning();
  if (!service) throw new NotFoundError('Service');
  return toOwnerService(service, currency);
}
