import { type Database, type Shop } from '@salon/db';
import { checkSlot, describeInstant, checkSlotReach, type Service, type SlotCheck } from '@salon/scheduling';
import { engineErrorToAppError } from './_internal/engine-error';
import { loadShopSchedule } from './load-shop-schedule';

/** The engine's answer; a bookable one also names its stylist (staff.display_name), for the booking's view. */
export type ServiceSlotCheck = Exclude<SlotCheck, { isBookable: true }> | (Extract<SlotCheck, { isBookable: true }> & { staffName: string });

type CheckShop = Pick<Shop, 'id' | 'timeZone' | 'slotIntervalMinutes' | 'minNoticeMinutes' | 'maxAdvanceDays' | 'startAlignment'>;

/**
 * The booking check: is `start` a slot the public listing offers right now (same loader, policy
 * and real now), and who takes it? Without `staffId` the engine's assignment rule picks
 * (scheduling-cases rule 5); `excludeStaffIds` drops performers who just lost a race for it, so the
 * next free one is tried. `ignoreBookingId` is the booking being moved (case 12).
 * Reads the database as `ctx.db` sees it: call it inside the booking's transaction.
 */
export async function checkServiceSlot({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date };
  input: {
    shop: CheckShop;
    service: Service;
    start: Date;
    staffId?: string;
    ignoreBookingId?: string;
    excludeStaffIds?: readonly string[];
  };
}): Promise<ServiceSlotCheck> {
  const { shop } = input;
  const local = describeInstant(input.start, shop.timeZone);
  if (!local.ok) throw engineErrorToAppError(local.error, 'body');
  // A stylist asked for is the only one whose day matters: load and check just theirs (a 40-stylist
  // shop's whole day cost the engine and the loader ~forty times the work). Without one, every
  // performer not excluded competes (rule 5).
  const others = input.service.staff.filter((performer) => !input.excludeStaffIds?.includes(performer.staffId));
  const asked = others.filter((performer) => performer.staffId === input.staffId);
  // (Asked for someone who is not a performer: the engine answers that, as it always has.)
  const performers = asked.length > 0 ? asked : others;
  const reach = checkSlotReach({
    date: local.value.localDate, timeZone: shop.timeZone, service: { ...input.service, staff: performers },
    start: input.start, ...(input.staffId && { staffId: input.staffId }), startAlignment: shop.startAlignment,
  });
  const schedule = await loadShopSchedule({
    ctx,
    input: {
      shop, from: local.value.localDate, to: local.value.localDate, staffIds: performers.map((performer) => performer.staffId),
      // Only the time off and holds the engine can read for this start (a day and a bit, or the start's own time for a named stylist).
      occupiedWithin: reach.ok ? { startsAt: new Date(reach.value.startMs), endsAt: new Date(reach.value.endMs) } : undefined,
    },
  });
  const result = checkSlot(
    {
      ...schedule,
      service: { ...input.service, staff: performers },
      policy: { slotIntervalMinutes: shop.slotIntervalMinutes, minNoticeMinutes: shop.minNoticeMinutes, maxAdvanceDays: shop.maxAdvanceDays, startAlignment: shop.startAlignment },
      now: ctx.now(),
    },
    { start: input.start, ...(input.staffId && { staffId: input.staffId }), ...(input.ignoreBookingId && { ignoreBookingId: input.ignoreBookingId }) },
  );
  if (!result.ok) throw engineErrorToAppError(result.error, 'body');
  const check = result.value;
  return check.isBookable ? { ...check, staffName: schedule.staffNames.get(check.staffId) ?? '' } : check;
}

