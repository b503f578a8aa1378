import { DEFAULT_DASHBOARD_DAYS } from '@salon/contracts-owner';
import { and, bookings, eq, isNull, shops, sql, type Database } from '@salon/db';

export type DashboardScopeInput = { ownerId: string; shopId?: string; from?: string; to?: string; now: Date };

/**
 * The two common table expressions every dashboard query starts from, so the date rules live in
 * one place and nothing is counted in Node:
 * - `scope_shops`: the caller's shops (not deleted; one if `shopId`), each with its own local
 *   `from_date`/`to_date` (given, or the last {@link DEFAULT_DASHBOARD_DAYS} days ending on its
 *   local today) and `today`;
 * - `in_range`: the bookings of those shops whose start, read in the shop's zone, falls on a date
 *   in that shop's range: `(starts_at AT TIME ZONE time_zone)::date BETWEEN from_date AND to_date`.
 */
export function dashboardScope(db: Database, input: DashboardScopeInput) {
  const now = sql`${input.now.toISOString()}::timestamptz`;
  const today = sql`(${now} at time zone ${shops.timeZone})::date`;
  const scopeShops = db.$with('scope_shops').as(
    db
      .select({
        shopId: sql<string>`${shops.id}`.as('scope_shop_id'),
        shopName: sql<string>`${shops.name}`.as('shop_name'),
        timeZone: sql<string>`${shops.timeZone}`.as('time_zone'),
        today: sql<string>`${today}`.as('today'),
        fromDate: (input.from ? sql<string>`${input.from}::date` : sql<string>`${today} - ${DEFAULT_DASHBOARD_DAYS - 1}::int`).as('from_date'),
        toDate: (input.to ? sql<string>`${input.to}::date` : sql<string>`${today}`).as('to_date'),
      })
      .from(shops)
      .where(and(eq(shops.ownerId, input.ownerId), isNull(shops.deletedAt), input.shopId ? eq(shops.id, input.shopId) : undefined)),
  );
  const inRange = db.$with('in_range').as(
    db
      .select({
        bookingId: sql<string>`${bookings.id}`.as('booking_id'),
        customerId: sql<string>`${bookings.customerId}`.as('customer_id'),
        status: sql<string>`${bookings.status}`.as('status'),
        priceMinor: sql<number>`${bookings.priceMinor}`.as('price_minor'),
        currency: sql<string>`${bookings.currency}`.as('currency'),
        staffMinutes: sql<number>`${bookings.durationMinutes} + ${bookings.bufferBeforeMinutes} + ${bookings.bufferAfterMinutes}`.as(
          'staff_minutes',
        ),
      })
      .from(bookings)
      .innerJoin(scopeShops, eq(bookings.shopId, scopeShops.shopId))
      .where(
        and(
          sql`(${bookings.startsAt} at time zone ${scopeShops.timeZone})::date between ${scopeShops.fromDate} and ${scopeShops.toDate}`,
          // The same range widened by a day each side (no zone is more than 14 h from UTC) in plain
          // instants, so the (shop_id, starts_at) index narrows the rows the exact test above reads.
          sql`${bookings.startsAt} >= (${scopeShops.fromDate} - 1)::timestamp at time zone 'UTC'`,
          sql`${bookings.startsAt} < (${scopeShops.toDate} + 2)::timestamp at time zone 'UTC'`,
        ),
      ),
  );
  return { scopeShops, inRange };
}

export type DashboardScope = ReturnType<typeof dashboardScope>;
