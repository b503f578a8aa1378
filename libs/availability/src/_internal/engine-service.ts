import { sql, type SQL } from '@salon/db';
import { NotFoundError, ValidationError } from '@salon/errors';
import { type Service as EngineService, type ServiceSegment } from '@salon/scheduling';

type Performer = { staffId: string; durationMinutes: number | null; segments: ServiceSegment[] | null };
const parsed = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/** The service columns loadService and loadShopService select (aliased `sv_*`), performers as json. */
export type ServiceColumns = {
  sv_id: string | null; sv_name: string; sv_is_active: boolean; sv_duration_minutes: number;
  sv_buffer_before_minutes: number; sv_buffer_after_minutes: number; sv_segments: ServiceSegment[] | string | null; sv_performers: Performer[] | string;
  /** Whether the asked `staffId` is one of the shop's staff at all (not deleted; active unless `isStaffActiveOnly` is false). */
  sv_staff_is_member: boolean | null;
};

/**
 * The select list for `sv` (a services row of shop `shopId`, a value or a column): its columns and
 * active performers, and whether `staff.staffId` (if asked for) is a staff member of the shop.
 */
export const serviceColumns = (shopId: string | SQL, staff: { staffId?: string; isStaffActiveOnly?: boolean } = {}): SQL => sql`
  sv.id as sv_id, sv.name as sv_name, sv.is_active as sv_is_active, sv.duration_minutes as sv_duration_minutes,
  sv.buffer_before_minutes as sv_buffer_before_minutes, sv.buffer_after_minutes as sv_buffer_after_minutes, sv.segments as sv_segments,
  (select coalesce(json_agg(json_build_object('staffId', ss.staff_id, 'durationMinutes', ss.duration_minutes, 'segments', ss.segments)), '[]')
   from staff_services ss join staff st on st.id = ss.staff_id
   where ss.service_id = sv.id and st.shop_id = ${shopId} and st.is_active and st.deleted_at is null) as sv_performers,
  exists (select 1 from staff m where m.id = ${staff.staffId ?? null}::uuid and m.shop_id = ${shopId} and m.deleted_at is null
          and (m.is_active or not ${staff.isStaffActiveOnly ?? true}::boolean)) as sv_staff_is_member`;

/**
 * The selected service as the engine books it, with its segments (per-staff duration and segments where set), only `staffId` when given.
 * @throws NotFoundError('Service') when there is no row or (isActiveOnly) it is switched off;
 *   ValidationError on `${where}.staffId` when that staff member does not perform it;
 *   NotFoundError('Staff member') when the id is no staff member of this shop (unknown, another
 *   shop's, deleted, or switched off for customers): another tenant's ids are not found (conventions.md)
 */
export function toEngineService(
  row: ServiceColumns | undefined,
  input: { staffId?: string; isActiveOnly: boolean; where: 'body' | 'query' },
): EngineService & { id: string; name: string } {
  if (!row?.sv_id || (input.isActiveOnly && !row.sv_is_active)) throw new NotFoundError('Service');
  const performers = parsed(row.sv_performers);
  const chosen = input.staffId ? performers.filter((performer) => performer.staffId === input.staffId) : performers;
  if (input.staffId && chosen.length === 0) {
    if (!row.sv_staff_is_member) throw new NotFoundError('Staff member');
    const message = 'This staff member does not perform this service.';
    throw new ValidationError(message, [{ path: `${input.where}.staffId`, message }]);
  }
  return {
    id: row.sv_id,
    name: row.sv_name,
    durationMinutes: row.sv_duration_minutes,
    bufferBeforeMinutes: row.sv_buffer_before_minutes,
    bufferAfterMinutes: row.sv_buffer_after_minutes,
    // Processing time (issue 13): null = one active block.
    segments: row.sv_segments === null ? null : parsed(row.sv_segments),
    staff: chosen.map((performer) => ({
      staffId: performer.staffId,
      ...(performer.durationMinutes !== null && { durationMinutes: performer.durationMinutes }),
      ...(performer.segments !== null && { segments: performer.segments }),
    })),
  };
}
