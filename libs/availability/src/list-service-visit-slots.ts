import { type Database, type Shop } from '@salon/db';
import { ValidationError } from '@salon/errors';
import { listVisitSlots, type VisitSlot } from '@salon/scheduling';
import { checkRange } from './_internal/check-range';
import { engineErrorToAppError } from './_internal/engine-error';
import { loadService } from './load-service';
import { loadShopSchedule } from './load-shop-schedule';

type SlotShop = Pick<Shop, 'id' | 'timeZone' | 'slotIntervalMinutes' | 'minNoticeMinutes' | 'maxAdvanceDays' | 'startAlignment'>;

const DAY_MS = 86_400_000;

/**
 * The starts of a visit of several services back to back (issue 13) on shop-local dates
 * `from`..`to`: exactly the starts `POST /bookings` with `lines` accepts (same loader, policy, real
 * now and engine search). Each carries its lines with the stylist the engine would assign.
 * @throws ValidationError on `${where}.from|to|serviceIds`; NotFoundError('Service')
 */
export async function listServiceVisitSlots({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date };
  input: { shop: SlotShop; serviceIds: readonly string[]; from: string; to: string; isActiveOnly: boolean; where: 'body' | 'query' };
}): Promise<VisitSlot[]> {
  checkRange(input, input.where);
  if (input.serviceIds.length < 2 || input.serviceIds.length > 5) {
    const message = 'Give 2 to 5 services, in order.';
    throw new ValidationError(message, [{ path: `${input.where}.serviceIds`, message }]);
  }
  const { shop } = input;
  const services = await Promise.all(input.serviceIds.map((serviceId) => loadService({ ctx, input: { shopId: shop.id, serviceId, isActiveOnly: input.isActiveOnly, where: input.where } })));
  const staffIds = [...new Set(services.flatMap((service) => service.staff.map((performer) => performer.staffId)))];
  // A visit may run past midnight: load one date more.
  const through = new Date(Date.parse(`${input.to}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  const schedule = await loadShopSchedule({ ctx, input: { shop, from: input.from, to: through, staffIds } });
  const result = listVisitSlots(
    {
      ...schedule,
      lines: services.map((service) => ({ service })),
      policy: { slotIntervalMinutes: shop.slotIntervalMinutes, minNoticeMinutes: shop.minNoticeMinutes, maxAdvanceDays: shop.maxAdvanceDays, startAlignment: shop.startAlignment },
      now: ctx.now(),
    },
    { from: input.from, to: input.to },
  );
  if (!result.ok) throw engineErrorToAppError(result.error, input.where);
  return result.value;
}
