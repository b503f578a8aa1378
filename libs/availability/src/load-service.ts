import { executePrepared, sql, type Database } from '@salon/db';
import { type Service as EngineService } from '@salon/scheduling';
import { serviceColumns, toEngineService, type ServiceColumns } from './_internal/engine-service';

/**
 * A shop's service as the engine books it, with its active performers (per-staff duration where
 * set). `isActiveOnly` hides switched-off services (customers); the owner's preview sees them.
 * A `staffId` who does not perform it is a 400 on `${where}.staffId`; one who is no staff member of the
 * shop is a 404, switched-off staff included when `staffActiveOnly` (default: `isActiveOnly`) holds:
 * a customer moving a booking of a switched-off service still may not name a switched-off stylist.
 * @throws NotFoundError('Service') for another shop's, a deleted or (isActiveOnly) inactive service
 */
export async function loadService({
  ctx,
  input,
}: {
  ctx: { db: Database };
  input: { shopId: string; serviceId: string; staffId?: string; isActiveOnly: boolean; staffActiveOnly?: boolean; where: 'body' | 'query' };
}): Promise<EngineService & { id: string; name: string }> {
  // One statement (the service by primary key, its performers by staff_services_service_id_idx):
  // raw SQL, so drizzle builds no select per request (its query building was a visible share of a slot request),
  // prepared, so it is one round trip and no parse per call.
  const rows = await executePrepared<ServiceColumns>(ctx.db, sql`
    select ${serviceColumns(input.shopId, { staffId: input.staffId, isStaffActiveOnly: input.staffActiveOnly ?? input.isActiveOnly })}
    from services sv
    where sv.id = ${input.serviceId} and sv.shop_id = ${input.shopId} and sv.deleted_at is null
    limit 1`);
  return toEngineService(rows[0], input);
}
