import { type ScheduleConflict as Conflict } from '@salon/contracts-owner';
import { type Booking } from '@salon/db';
import { checkSlot, describeInstant } from '@salon/scheduling';
import { type OwnerContext } from '../../../routes/owner-context';
import { findOwnedShop } from '../../_shared/find-owned-shop';
import { addDays } from '../_shared/local-dates';
import { todayInZone } from '../_shared/today-in-zone';
import { buildScheduleInput } from './build-schedule-input';
import { loadScheduleRows, type ScheduleRows } from './load-schedule-rows';

/** How far ahead bookings are judged. */
export const CONFLICT_HORIZON_DAYS = 90;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * Upcoming active bookings (start after now, within 90 days) that their staff member's working
 * time no longer covers, by start. Each is judged by the engine's `checkSlot`, the same check a
 * new booking passes, on a one-minute grid so only working time matters. Nothing is cancelled:
 * the owner decides what to do with each.
 * @throws NotFoundError for a shop that is not the caller's
 */
export async function listScheduleConflicts({ ctx, input }: { ctx: OwnerContext; input: { shopId: string } }): Promise<{ items: Conflict[] }> {
  const shop = await findOwnedShop(ctx, input.shopId);
  const now = ctx.now();
  const today = todayInZone(now, shop.timeZone);
  const rows = await loadScheduleRows(ctx.db, shop.id, {
    from: now,
    to: new Date(now.getTime() + CONFLICT_HORIZON_DAYS * DAY_MS),
    fromDate: addDays(today, -1),
    toDate: addDays(today, CONFLICT_HORIZON_DAYS + 1),
  });
  const items: Conflict[] = [];
  for (const booking of rows.bookings) {
    const reason = judge(rows, booking, shop.timeZone, now);
    if (reason) items.push(toConflict(booking, shop.timeZone, reason));
  }
  return { items };
}

function judge(rows: ScheduleRows, booking: Booking, timeZone: string, now: Date): Conflict['reason'] | undefined {
  const local = describeInstant(booking.startsAt, timeZone);
  if (!local.ok) return 'invalid_schedule';
  const input = buildScheduleInput(rows, booking, { timeZone, localDate: local.value.localDate, now });
  const check = checkSlot(input, { start: booking.startsAt, staffId: booking.staffId, ignoreBookingId: booking.id });
  if (!check.ok) return 'invalid_schedule';
  if (check.value.isBookable) return undefined;
  const serviceEnd = booking.startsAt.getTime() + booking.durationMinutes * MINUTE_MS;
  const isOff = rows.timeOff.some(
    (off) => off.staffId === booking.staffId && off.startsAt.getTime() < serviceEnd && booking.startsAt.getTime() < off.endsAt.getTime(),
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
