import { type UpdateServiceBody } from '@salon/contracts-owner';
import { and, eq, isNotNull, isNull, services, staffServices, type Database } from '@salon/db';
import { NotFoundError, ValidationError } from '@salon/errors';
import { findOwnedService, toOwnerService } from './service-view';

/**
 * Partial update of one of the caller's services (PUT /services/:id); bookings keep their copied price.
 * A new duration must also match the segments stylists set for themselves without an own duration.
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
  if (input.body.durationMinutes !== undefined && input.body.durationMinutes !== current.durationMinutes) {
    const ownSegments = await ctx.db
      .select({ segments: staffServices.segments })
      .from(staffServices)
      .where(and(eq(staffServices.serviceId, current.id), isNull(staffServices.durationMinutes), isNotNull(staffServices.segments)));
    if (ownSegments.some((row) => row.segments!.reduce((sum, segment) => sum + segment.minutes, 0) !== duration)) {
      const message = `Some stylists have their own segments for this service that add up to ${current.durationMinutes} minutes; change them (PUT /staff/{id}/services) before the duration.`;
      throw new ValidationError(message, [{ path: 'body.durationMinutes', message }]);
    }
  }
  const [service] = await ctx.db
    .update(services)
    .set({ ...input.body, updatedAt: ctx.now() })
    .where(eq(services.id, current.id))
    .returning();
  if (!service) throw new NotFoundError('Service');
  return toOwnerService(service, currency);
}
