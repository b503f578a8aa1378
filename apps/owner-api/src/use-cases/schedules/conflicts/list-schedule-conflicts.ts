import { loadShopSchedule, type ShopSchedule } from '@salon/availability';
import { type ScheduleConflict as Conflict } from '@salon/contracts-owner';
import { loadStylistParts } from '@salon/booking';
import { and, asc, bookings, eq, gt, inArray, lte, type Booking } from '@salon/db';
import { checkSlot, describeInstant } from '@salon/scheduling';
import { type OwnerContext } from '../../../routes/owner-context';
import { findOwnedShop } from '../../_shared/find-owned-shop';
import { addDays } from '../../_shared/local-dates';
import { todayInZone } from '../../_shared/today-in-zone';

/** How far ahead bookings are judged. */
export const CONFLICT_HORIZON_DAYS = 90;
const DAY_MS = 86_400_000;

/**
 * Every minute of a working window is a start, nothing is too soon, nothing in the horizon too far
 * (730 is the engine's cap): `checkSlot` then answers only "is this service inside its staff
 * member's working time and outside their time off".
 */
const ANY_MINUTE_POLICY = { slotIntervalMinutes: 1, minNoticeMinutes: 0, maxAdvanceDays: 730 };

/**
 * Upcoming active bookings (start after now, within 90 days) that their staff member's working
 * time no longer covers, by start. The shop is read by the same loader as the slot endpoints, and
 * each booking is judged by the engine's `checkSlot` with its own snapshot duration and buffers.
 * Nothing is cancelled: the owner decides what to do with each.
 * @throws NotFoundError for a shop that is not the caller's
 */
export async function listScheduleConflicts({ ctx, input }: { ctx: OwnerContext; input: { shopId: string } }): Promise<{ items: Conflict[] }> {
  const shop = await findOwnedShop(ctx, input.shopId);
  const now = ctx.now();
  const today = todayInZone(now, shop.timeZone);
  const [schedule, upcoming] = await Promise.all([
    loadShopSchedule({ ctx, input: { shop, from: addDays(today, -1), to: addDays(today, CONFLICT_HORIZON_DAYS + 1) } }),
    ctx.db
      .select()
      .from(bookings)
      .where(and(
        eq(bookings.shopId, shop.id),
        inArray(bookings.status, ['pending', 'confirmed']),
        gt(bookings.startsAt, now),
        lte(bookings.startsAt, new Date(now.getTime() + CONFLICT_HORIZON_DAYS * DAY_MS)),
      ))
      .orderBy(asc(bookings.startsAt), asc(bookings.id)),
  ]);
  const items: Conflict[] = [];
  for (const parts of await loadStylistParts(ctx.db, upcoming)) {
    for (const part of parts) {
      const reason = judge(schedule, part, now);
      if (!reason) continue;
      items.push(toConflict(part, shop.timeZone, reason));
      break; // one conflict per booking: the first part that no longer fits
    }
  }
  return { items };
}

function judge(schedule: ShopSchedule, booking: Booking, now: Date): Conflict['reason'] | undefined {
  const service = {
    durationMinutes: booking.durationMinutes,
    bufferBeforeMinutes: booking.bufferBeforeMinutes,
    bufferAfterMinutes: booking.bufferAfterMinutes,
    staff: [{ staffId: booking.staffId }],
  };
  // Other bookings are left out: a conflict is about working time; the exclusion constraint keeps bookings apart.
  const input = { ...schedule, occupied: [], service, policy: ANY_MINUTE_POLICY, now };
  const check = checkSlot(input, { start: booking.startsAt, staffId: booking.staffId, ignoreBookingId: booking.id });
  if (!check.ok) return 'invalid_schedule';
  if (check.value.isBookable) return undefined;
  const serviceEnd = booking.endsAt.getTime();
  const isOff = schedule.timeOff.some(
    (off) => off.staffId === booking.staffId && new Date(off.start).getTime() < serviceEnd && booking.startsAt.getTime() < new Date(off.end).getTime(),
  );
  return isOff ? 'time_off' : 'outside_working_hours';
}

function toConflict(booking: Booking, timeZone: string, reason: Conflict['reason']): Conflict {
  const local = describeInstant(booking.startsAt, timeZone);
  return {
    bookingId: booking.id,
    staffId: booking.staffId,
    start: booking.startsAt.toISOString(),
    end: booking.endsAt.toISOString(),
    localStart: local.ok ? local.value.localStart : booking.startsAt.toISOString(),
    reason,
  };
}
