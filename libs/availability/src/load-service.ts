import { executePrepared, sql, type Database } from '@salon/db';
import { NotFoundError, ValidationError } from '@salon/errors';
import { type Service as EngineService } from '@salon/scheduling';

type Performer = { staffId: string; durationMinutes: number | null };
type ServiceRow = {
  id: string; name: string; is_active: boolean; duration_minutes: number; buffer_before_minutes: number; buffer_after_minutes: number;
  performers: Performer[] | string;
};

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
  // One statement (the service by primary key, its performers by staff_services_service_id_idx):
  // raw SQL, so drizzle builds no select per request (its query building was a visible share of a slot request),
  // prepared, so it is one round trip and no parse per call.
  const rows = await executePrepared<ServiceRow>(ctx.db, sql`
    select sv.id, sv.name, sv.is_active, sv.duration_minutes, sv.buffer_before_minutes, sv.buffer_after_minutes,
           (select coalesce(json_agg(json_build_object('staffId', ss.staff_id, 'durationMinutes', ss.duration_minutes)), '[]')
            from staff_services ss join staff st on st.id = ss.staff_id
            where ss.service_id = sv.id and st.shop_id = ${input.shopId} and st.is_active and st.deleted_at is null) as performers
    from services sv
    where sv.id = ${input.serviceId} and sv.shop_id = ${input.shopId} and sv.deleted_at is null
    limit 1`);
  const service = rows[0];
  if (!service || (input.isActiveOnly && !service.is_active)) throw new NotFoundError('Service');
  const performers = (typeof service.performers === 'string' ? JSON.parse(service.performers) : service.performers) as Performer[];
  const chosen = input.staffId ? performers.filter((performer) => performer.staffId === input.staffId) : performers;
  if (input.staffId && chosen.length === 0) {
    const message = 'This staff member does not perform this service.';
    throw new ValidationError(message, [{ path: `${input.where}.staffId`, message }]);
  }
  return {
    id: service.id,
    name: service.name,
    durationMinutes: service.duration_minutes,
    bufferBeforeMinutes: service.buffer_before_minutes,
    bufferAfterMinutes: service.buffer_after_minutes,
    staff: chosen.map((performer) => ({ staffId: performer.staffId, ...(performer.durationMinutes !== null && { durationMinutes: performer.durationMinutes }) })),
  };
}
