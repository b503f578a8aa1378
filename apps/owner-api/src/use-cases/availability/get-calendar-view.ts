import { listWorkingDays } from '@salon/availability';
import { loadStylistParts, worksOnBooking } from '@salon/booking';
import { and, bookings, customers, eq, gt, lt, staff, users } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { describeInstants, freeTimeWithin } from '@salon/scheduling';
import { type OwnerContext } from '../../routes/owner-context';
import { findOwnedShop } from '../_shared/find-owned-shop';
import { defaultWeek } from './default-week';

const DAY_MS = 86_400_000;

/**
 * Per shop-local day, each staff member's working windows, their bookings (every status) and
 * their free time, for one of the caller's shops. Working time comes from the engine, so the view
 * and the slots offered never disagree.
 * @throws NotFoundError (shop or staffId not the caller's), ValidationError (range)
 */
export async function getCalendarView({
  ctx,
  input,
}: {
  ctx: OwnerContext;
  input: { shopId: string; from?: string; to?: string; staffId?: string };
}) {
  const shop = await findOwnedShop(ctx, input.shopId);
  if (input.staffId) await assertStaffOfShop(ctx, shop.id, input.staffId);
  const { from, to } = defaultWeek(input, shop.timeZone, ctx.now());
  const staffIds = input.staffId ? [input.staffId] : undefined;
  const { days, schedule } = await listWorkingDays({ ctx, input: { shop, from, to, staffIds, where: 'query' } });
  const rows = await ctx.db
    .select({ booking: bookings, customerName: users.displayName })
    .from(bookings)
    .innerJoin(customers, eq(customers.id, bookings.customerId))
    .innerJoin(users, eq(users.id, customers.userId))
    .where(and(
      eq(bookings.shopId, shop.id),
      lt(bookings.startsAt, new Date(Date.parse(`${to}T00:00:00Z`) + 2 * DAY_MS)),
      gt(bookings.startsAt, new Date(Date.parse(`${from}T00:00:00Z`) - DAY_MS)),
      input.staffId ? worksOnBooking(input.staffId) : undefined,
    ))
    .orderBy(bookings.startsAt, bookings.id);
  // One entry per stylist's part: a visit of several services shows each stylist their own line.
  const parts = await loadStylistParts(ctx.db, rows.map((row) => row.booking));
  const entries = rows
    .flatMap((row, index) => parts[index]!.map((booking) => ({ booking, customerName: row.customerName })))
    .filter((entry) => !input.staffId || entry.booking.staffId === input.staffId);
  const local = unwrap(describeInstants(entries.map((entry) => entry.booking.startsAt), shop.timeZone));
  const byStaffDay = new Map<string, ReturnType<typeof toView>[]>();
  entries.forEach((entry, index) => {
    const at = local[index]!;
    const key = `${entry.booking.staffId}|${at.localDate}`;
    byStaffDay.set(key, [...(byStaffDay.get(key) ?? []), toView(entry, at.localStart)]);
  });
  const dates = [...new Set(days.map((day) => day.localDate))];
  return {
    shopId: shop.id,
    timeZone: shop.timeZone,
    from,
    to,
    days: dates.map((localDate) => ({
      localDate,
      staff: days
        .filter((day) => day.localDate === localDate)
        .map((day) => ({
          staffId: day.staffId,
          displayName: schedule.staffNames.get(day.staffId) ?? '',
          windows: day.windows,
          bookings: byStaffDay.get(`${day.staffId}|${localDate}`) ?? [],
          free: unwrap(freeTimeWithin(day.windows, schedule.occupied.filter((range) => range.staffId === day.staffId))),
        })),
    })),
  };
}

type BookingRow = { booking: typeof bookings.$inferSelect; customerName: string | null };

function toView({ booking, customerName }: BookingRow, localStart: string) {
  return {
    id: booking.id,
    start: booking.startsAt.toISOString(),
    end: booking.endsAt.toISOString(),
    localStart,
    status: booking.status,
    serviceName: booking.serviceName,
    customerName,
  };
}

async function assertStaffOfShop(ctx: OwnerContext, shopId: string, staffId: string): Promise<void> {
  const [member] = await ctx.db.select({ id: staff.id }).from(staff).where(and(eq(staff.id, staffId), eq(staff.shopId, shopId))).limit(1);
  if (!member) throw new NotFoundError('Staff member');
}

// Stored rows and the shop's zone were validated on the way in: an engine error here is a bug.
function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(`calendar view: ${result.error.message}`);
  return result.value;
}
