import { executePrepared, sql, type Database, type Shop } from '@salon/db';
import { isAppError } from '@salon/errors';
import { listSlots, type Slot } from '@salon/scheduling';
import { checkRange } from './_internal/check-range';
import { serviceColumns, toEngineService, type ServiceColumns } from './_internal/engine-service';
import { scheduleSelect } from './_internal/schedule-statement';
import { toShopSchedule } from './load-shop-schedule';

type SlotShop = Pick<Shop, 'id' | 'timeZone' | 'slotIntervalMinutes' | 'minNoticeMinutes' | 'maxAdvanceDays'>;

/**
 * The bookable slots of one active service in each of several shops on shop-local dates
 * `from`..`to`, as listServiceSlots computes them one shop at a time (same rows, engine, policy and
 * real now), but with every shop's service, performers and schedule loaded in **one** statement:
 * search's `availableOn` asks this for a whole page of candidates. Returns a lookup by shop id that
 * runs the engine for a shop the first time it is asked (unknown shops: no slots). A service that is gone or switched
 * off, or a shop the engine cannot read, gets no slots (it is a search filter, not an error).
 * @throws ValidationError on `query.from|to` (a bad range)
 */
export async function listSlotsForShops({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date };
  input: { items: readonly { shop: SlotShop; serviceId: string }[]; from: string; to: string };
}): Promise<(shopId: string) => Slot[]> {
  checkRange(input, 'query');
  if (input.items.length === 0) return () => [];
  const shopIds = input.items.map((item) => item.shop.id).join(',');
  const serviceIds = input.items.map((item) => item.serviceId).join(',');
  // Per (shop, service) row: the service with its performers, and the shop's schedule for them.
  const rows = await executePrepared<ServiceColumns & { shop_id: string; schedule: unknown }>(ctx.db, sql`
    select t.shop_id, ${serviceColumns(sql`t.shop_id`)}, sched.schedule
    from unnest(string_to_array(${shopIds}::text, ',')::uuid[], string_to_array(${serviceIds}::text, ',')::uuid[]) as t(shop_id, service_id)
    left join services sv on sv.id = t.service_id and sv.shop_id = t.shop_id and sv.deleted_at is null
    cross join lateral (${scheduleSelect(sql`t.shop_id`, sql`id in (select ss.staff_id from staff_services ss where ss.service_id = t.service_id)`, input)}) sched`);
  const byShop = new Map(rows.map((row) => [row.shop_id, row]));
  const shops = new Map(input.items.map((item) => [item.shop.id, item.shop]));
  // The engine costs ~0.5 ms per shop: it runs when a shop is asked for, so a caller that stops
  // early (a full page) pays only for the shops it looked at.
  const computed = new Map<string, Slot[]>();
  return (shopId) => {
    const shop = shops.get(shopId);
    if (!shop) return [];
    if (!computed.has(shopId)) computed.set(shopId, slotsOf(ctx, shop, byShop.get(shopId), input));
    return computed.get(shopId)!;
  };
}

function slotsOf(
  ctx: { now: () => Date },
  shop: SlotShop,
  row: (ServiceColumns & { schedule: unknown }) | undefined,
  range: { from: string; to: string },
): Slot[] {
  let service;
  try {
    service = toEngineService(row, { isActiveOnly: true, where: 'query' });
  } catch (error) {
    if (isAppError(error)) return [];
    throw error;
  }
  const schedule = toShopSchedule(row!.schedule, { shop });
  const result = listSlots(
    {
      ...schedule,
      service,
      policy: { slotIntervalMinutes: shop.slotIntervalMinutes, minNoticeMinutes: shop.minNoticeMinutes, maxAdvanceDays: shop.maxAdvanceDays },
      now: ctx.now(),
    },
    range,
  );
  return result.ok ? result.value : [];
}
