import { CALENDAR_FEED_DAYS_AHEAD, CALENDAR_FEED_DAYS_BACK } from '@salon/contracts-owner';
import { and, asc, bookings, customers, eq, gt, lt, staff, users, type Database } from '@salon/db';
import { findFeedShop } from './find-feed-shop';
import { renderCalendar } from './render-calendar';

const DAY_MS = 86_400_000;

/**
 * The shop's private iCalendar feed: every booking that overlaps the window from
 * {@link CALENDAR_FEED_DAYS_BACK} days ago to {@link CALENDAR_FEED_DAYS_AHEAD} days ahead,
 * cancelled ones included (as STATUS:CANCELLED, so subscribed calendars drop them).
 * @throws NotFoundError('Calendar feed') for a wrong or missing token, an unknown or deleted shop.
 */
export async function getCalendarFeed({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date };
  input: { shopId: string; token?: string };
}): Promise<string> {
  const shop = await findFeedShop(ctx.db, input.shopId, input.token);
  const now = ctx.now();
  const windowStart = new Date(now.getTime() - CALENDAR_FEED_DAYS_BACK * DAY_MS);
  const windowEnd = new Date(now.getTime() + CALENDAR_FEED_DAYS_AHEAD * DAY_MS);
  const rows = await ctx.db
    .select({ booking: bookings, staffName: staff.displayName, customerName: users.displayName })
    .from(bookings)
    .innerJoin(staff, eq(staff.id, bookings.staffId))
    .innerJoin(customers, eq(customers.id, bookings.customerId))
    .innerJoin(users, eq(users.id, customers.userId))
    .where(and(eq(bookings.shopId, shop.id), lt(bookings.startsAt, windowEnd), gt(bookings.endsAt, windowStart)))
    .orderBy(asc(bookings.startsAt), asc(bookings.id));
  return renderCalendar({ shopName: shop.name, generatedAt: now, events: rows });
}
