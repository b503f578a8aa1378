import { executePrepared, shops, sql, tableRow, type Database, type Shop } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { type Service as EngineService } from '@salon/scheduling';
import { serviceColumns, toEngineService, type ServiceColumns } from './_internal/engine-service';

/**
 * A shop customers may see (active, not deleted) and one of its services as the engine books it,
 * in one prepared statement: what a slot listing and a booking read first. Same rules as
 * {@link loadService} for the service and `staffId`.
 * @throws NotFoundError('Shop') (unknown, inactive or deleted shop), NotFoundError('Service'),
 *   ValidationError on `${where}.staffId`
 */
export async function loadShopService({
  ctx,
  input,
}: {
  ctx: { db: Database };
  input: { shopId: string; serviceId: string; staffId?: string; isActiveOnly: boolean; where: 'body' | 'query' };
}): Promise<{ shop: Shop; service: EngineService & { id: string; name: string } }> {
  const rows = await executePrepared<Record<string, unknown> & ServiceColumns>(ctx.db, sql`
    select sh.*, ${serviceColumns(input.shopId, { staffId: input.staffId, isStaffActiveOnly: input.isActiveOnly })}
    from shops sh
    left join services sv on sv.id = ${input.serviceId} and sv.shop_id = sh.id and sv.deleted_at is null
    where sh.id = ${input.shopId} and sh.is_active and sh.deleted_at is null
    limit 1`);
  const row = rows[0];
  if (!row) throw new NotFoundError('Shop');
  return { shop: tableRow(shops, row), service: toEngineService(row, input) };
}
