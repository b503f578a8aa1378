import { sql, type Database } from '@salon/db';
import { NotFoundError, ValidationError } from '@salon/errors';
import { type Service as EngineService, type ServiceSegment } from '@salon/scheduling';

type Performer = { staffId: string; durationMinutes: number | null; segments: ServiceSegment[] | null };
type ServiceRow = {
  id: string; name: string; is_active: boolean; duration_minutes: number; buffer_before_minutes: number; buffer_after_minutes: number;
  segments: ServiceSegment[] | string | null;
  performers: Performer[] | string;
};
const parsed = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

// postgres.js returns the rows array itself; PGlite returns { rows }.
const rowsOf = (result: unknown) => ((result as { rows?: unknown[] }).rows ?? (result as unknown[])) as Record<string, unknown>[];

/**
 * A shop's service as the engine books it, with its segments and its active performers (per-staff
 * duration and segments where set). `isActiveOnly` hides switched-off services (customers); the owner's preview sees them.
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
  // raw SQL, so drizzle builds no select per request (its query building was a visible share of a slot request).
  const rows = rowsOf(await ctx.db.execute(sql`
    select sv.id, sv.name, sv.is_active, sv.duration_minutes, sv.buffer_before_minutes, sv.buffer_after_minutes, sv.segments,
           (select coalesce(json_agg(json_build_object('staffId', ss.staff_id, 'durationMinutes', ss.duration_minutes, 'segments', ss.segments)), '[]')
            from staff_services ss join staff st on st.id = ss.staff_id
            where ss.service_id = sv.id and st.shop_id = ${input.shopId} and st.is_active and st.deleted_at is null) as performers
    from services sv
    where sv.id = ${input.serviceId} and sv.shop_id = ${input.shopId} and sv.deleted_at is null
    limit 1`));
  const service = rows[0] as ServiceRow | undefined;
  if (!service || (input.isActiveOnly && !service.is_active)) throw new NotFoundError('Service');
  const performers = parsed(service.performers);
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
    // Processing time (issue 13): null = one active block.
    segments: service.segments === null ? null : parsed(service.segments),
    staff: chosen.map((performer) => ({
      staffId: performer.staffId,
      ...(performer.durationMinutes !== null && { durationMinutes: performer.durationMinutes }),
      ...(performer.segments !== null && { segments: performer.segments }),
    })),
  };
}
