import { sql, type SQL } from '@salon/db';
import { NotFoundError, ValidationError } from '@salon/errors';
import { type Service as EngineService } from '@salon/scheduling';

type Performer = { staffId: string; durationMinutes: number | null };

/** The service columns loadService and loadShopService select (aliased `sv_*`), performers as json. */
export type ServiceColumns = {
  sv_id: string | null; sv_name: string; sv_is_active: boolean; sv_duration_minutes: number;
  sv_buffer_before_minutes: number; sv_buffer_after_minutes: number; sv_performers: Performer[] | string;
};

/** The select list for `sv` (a services row of shop `shopId`, a value or a column): its columns and active performers. */
export const serviceColumns = (shopId: string | SQL): SQL => sql`
  sv.id as sv_id, sv.name as sv_name, sv.is_active as sv_is_active, sv.duration_minutes as sv_duration_minutes,
  sv.buffer_before_minutes as sv_buffer_before_minutes, sv.buffer_after_minutes as sv_buffer_after_minutes,
  (select coalesce(json_agg(json_build_object('staffId', ss.staff_id, 'durationMinutes', ss.duration_minutes)), '[]')
   from staff_services ss join staff st on st.id = ss.staff_id
   where ss.service_id = sv.id and st.shop_id = ${shopId} and st.is_active and st.deleted_at is null) as sv_performers`;

/**
 * The selected service as the engine books it (per-staff duration where set), only `staffId` when given.
 * @throws NotFoundError('Service') when there is no row or (isActiveOnly) it is switched off;
 *   ValidationError on `${where}.staffId` when that staff member does not perform it
 */
export function toEngineService(
  row: ServiceColumns | undefined,
  input: { staffId?: string; isActiveOnly: boolean; where: 'body' | 'query' },
): EngineService & { id: string; name: string } {
  if (!row?.sv_id || (input.isActiveOnly && !row.sv_is_active)) throw new NotFoundError('Service');
  const performers = (typeof row.sv_performers === 'string' ? JSON.parse(row.sv_performers) : row.sv_performers) as Performer[];
  const chosen = input.staffId ? performers.filter((performer) => performer.staffId === input.staffId) : performers;
  if (input.staffId && chosen.length === 0) {
    const message = 'This staff member does not perform this service.';
    throw new ValidationError(message, [{ path: `${input.where}.staffId`, message }]);
  }
  return {
    id: row.sv_id,
    name: row.sv_name,
    durationMinutes: row.sv_duration_minutes,
    bufferBeforeMinutes: row.sv_buffer_before_minutes,
    bufferAfterMinutes: row.sv_buffer_after_minutes,
    staff: chosen.map((performer) => ({ staffId: performer.staffId, ...(performer.durationMinutes !== null && { durationMinutes: performer.durationMinutes }) })),
  };
}
