import { type Database, type Shop } from '@salon/db';
import { listSlots, type Service, type Slot } from '@salon/scheduling';
import { checkRange } from './_internal/check-range';
import { engineErrorToAppError } from './_internal/engine-error';
import { loadService } from './load-service';
import { loadShopSchedule } from './load-shop-schedule';

type SlotShop = Pick<Shop, 'id' | 'timeZone' | 'slotIntervalMinutes' | 'minNoticeMinutes' | 'maxAdvanceDays'>;

/**
 * The bookable slots of a service on shop-local dates `from`..`to` (inclusive), computed by the
 * engine from the shop's rows with its policy and the real `now`, exactly as a booking will be
 * checked. Slots carry UTC `start`/`end`, `localStart` with its offset, `localDate` and the free
 * `staffIds` in assignment order. The caller has already decided the shop may be seen.
 * @throws ValidationError on `${where}.from|to|staffId`; NotFoundError('Service')
 */
export async function listServiceSlots({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date };
  input: {
    shop: SlotShop;
    serviceId: string;
    from: string;
    to: string;
    staffId?: string;
    /** Only the slots this weekly-hours row yields (see loadShopSchedule). */
    onlyWeeklyHoursId?: string;
    isActiveOnly: boolean;
    where: 'body' | 'query';
    /** The service as loadShopService already loaded it (with `staffId` applied): saves a round trip. */
    service?: Service;
  };
}): Promise<Slot[]> {
  checkRange(input, input.where);
  const { shop } = input;
  const service = input.service ?? (await loadService({ ctx, input: { ...input, shopId: shop.id } }));
  const schedule = await loadShopSchedule({
    ctx,
    input: { shop, from: input.from, to: input.to, staffIds: service.staff.map((performer) => performer.staffId), onlyWeeklyHoursId: input.onlyWeeklyHoursId },
  });
  const result = listSlots(
    {
      ...schedule,
      service,
      policy: { slotIntervalMinutes: shop.slotIntervalMinutes, minNoticeMinutes: shop.minNoticeMinutes, maxAdvanceDays: shop.maxAdvanceDays },
      now: ctx.now(),
    },
    { from: input.from, to: input.to },
  );
  if (!result.ok) throw engineErrorToAppError(result.error, input.where);
  return result.value;
}
