import { and, eq, isNull, services, staff, staffServices, type Database } from '@salon/db';
import { NotFoundError, ValidationError } from '@salon/errors';
import { type Service as EngineService } from '@salon/scheduling';

/**
 * A shop's service as the engine books it, with its active performers (per-staff duration where
 * set). `isActiveOnly` hides switched-off services (customers); the owner's preview sees them.
 * A `staffId` who does not perform it is a 400 on `${where}.staffId`.
 * @throws NotFoundError('Service') for another shop's, a deleted or (isActiveOnly) inactive service
 */
export async function loadService({
  ctx,
  input,
}: {
  ctx: { db: Database };
  input: { shopId: string; serviceId: string; staffId?: string; isActiveOnly: boolean; where: 'body' | 'query' };
}): Promise<EngineService & { id: string; name: string }> {
  const [service] = await ctx.db
    .select()
    .from(services)
    .where(and(eq(services.id, input.serviceId), eq(services.shopId, input.shopId), isNull(services.deletedAt)))
    .limit(1);
  if (!service || (input.isActiveOnly && !service.isActive)) throw new NotFoundError('Service');
  const performers = await ctx.db
    .select({ staffId: staffServices.staffId, durationMinutes: staffServices.durationMinutes })
    .from(staffServices)
    .innerJoin(staff, eq(staff.id, staffServices.staffId))
    .where(and(eq(staffServices.serviceId, service.id), eq(staff.shopId, input.shopId), eq(staff.isActive, true), isNull(staff.deletedAt)));
  const chosen = input.staffId ? performers.filter((performer) => performer.staffId === input.staffId) : performers;
  if (input.staffId && chosen.length === 0) {
    const message = 'This staff member does not perform this service.';
    throw new ValidationError(message, [{ path: `${input.where}.staffId`, message }]);
  }
  return {
    id: service.id,
    name: service.name,
    durationMinutes: service.durationMinutes,
    bufferBeforeMinutes: service.bufferBeforeMinutes,
    bufferAfterMinutes: service.bufferAfterMinutes,
    staff: chosen.map((performer) => ({ staffId: performer.staffId, ...(performer.durationMinutes !== null && { durationMinutes: performer.durationMinutes }) })),
  };
}
