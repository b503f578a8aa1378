import { type CustomerBooking } from '@salon/contracts-customer';
import { and, asc, bookings, desc, eq, gt, gte, inArray, lt, notInArray, or, type BookingStatus, type Database, type SQL } from '@salon/db';
import { decodeInstantCursor, encodeInstantCursor } from '@salon/contracts-common';
import { selectCustomerBookings, toCustomerBooking } from './customer-booking-view';

type Ctx = { db: Database; now: () => Date; customerId: string };
type Page = { items: CustomerBooking[]; nextCursor: string | null };
type Paging = { limit: number; cursor?: string };

const ACTIVE: BookingStatus[] = ['pending', 'confirmed'];

/** GET /bookings: all the caller's bookings, `status` filtered, newest start first or soonest first. */
export async function listMyBookings({ ctx, input }: { ctx: Ctx; input: Paging & { status?: BookingStatus[]; order: 'newest' | 'soonest' } }): Promise<Page> {
  return pageOfBookings(ctx, input, input.order === 'soonest' ? 'asc' : 'desc', input.status ? inArray(bookings.status, input.status) : undefined);
}

/** GET /bookings/upcoming: pending or confirmed, starting now or later, soonest first. */
export async function listUpcomingBookings({ ctx, input }: { ctx: Ctx; input: Paging }): Promise<Page> {
  return pageOfBookings(ctx, input, 'asc', and(inArray(bookings.status, ACTIVE), gte(bookings.startsAt, ctx.now())));
}

/** GET /bookings/history: everything upcoming does not list (past, or cancelled/completed/no-show), newest first. */
export async function listBookingHistory({ ctx, input }: { ctx: Ctx; input: Paging }): Promise<Page> {
  return pageOfBookings(ctx, input, 'desc', or(notInArray(bookings.status, ACTIVE), lt(bookings.startsAt, ctx.now())));
}

/** One keyset page over (startsAt, id) in `direction`, for the caller only. */
async function pageOfBookings(ctx: Ctx, input: Paging, direction: 'asc' | 'desc', filter: SQL | undefined): Promise<Page> {
  const after = input.cursor ? decodeInstantCursor(input.cursor) : undefined;
  const beyond = direction === 'asc' ? gt : lt;
  const order = direction === 'asc' ? asc : desc;
  const rows = await selectCustomerBookings(ctx.db)
    .where(
      and(
        eq(bookings.customerId, ctx.customerId),
        filter,
        after && or(beyond(bookings.startsAt, after.at), and(eq(bookings.startsAt, after.at), beyond(bookings.id, after.id))),
      ),
    )
    .orderBy(order(bookings.startsAt), order(bookings.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { items: page.map(toCustomerBooking), nextCursor: rows.length > input.limit && last ? encodeInstantCursor({ at: last.booking.startsAt, id: last.booking.id }) : null };
}
