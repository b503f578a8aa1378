import { type Database, type Shop } from '@salon/db';
import { checkVisit, describeInstant, type Service, type VisitCheck } from '@salon/scheduling';
import { engineErrorToAppError } from './_internal/engine-error';
import { loadShopSchedule } from './load-shop-schedule';

type CheckShop = Pick<Shop, 'id' | 'timeZone' | 'slotIntervalMinutes' | 'minNoticeMinutes' | 'maxAdvanceDays' | 'startAlignment'>;

/**
 * The booking check of a visit of several services back to back (issue 13): is `start` a start
 * where the whole sequence fits right now (same loader, policy and real now as listing), and who
 * does each line? `lines[i].staffId` pins a line's stylist. Call it inside the booking's transaction.
 */
export async function checkServiceVisit({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date };
  input: { shop: CheckShop; lines: { service: Service; staffId?: string }[]; start: Date; ignoreBookingId?: string };
}): Promise<VisitCheck> {
  const { shop } = input;
  const local = describeInstant(input.start, shop.timeZone);
  if (!local.ok) throw engineErrorToAppError(local.error, 'body');
  const staffIds = [...new Set(input.lines.flatMap((line) => line.service.staff.map((performer) => performer.staffId)))];
  // A visit may run past midnight: load the next date too.
  const next = new Date(Date.parse(`${local.value.localDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const schedule = await loadShopSchedule({ ctx, input: { shop, from: local.value.localDate, to: next, staffIds } });
  const result = checkVisit(
    {
      ...schedule,
      lines: input.lines,
      policy: { slotIntervalMinutes: shop.slotIntervalMinutes, minNoticeMinutes: shop.minNoticeMinutes, maxAdvanceDays: shop.maxAdvanceDays, startAlignment: shop.startAlignment },
      now: ctx.now(),
    },
    { start: input.start, ...(input.ignoreBookingId && { ignoreBookingId: input.ignoreBookingId }) },
  );
  if (!result.ok) throw engineErrorToAppError(result.error, 'body');
  return result.value;
}
