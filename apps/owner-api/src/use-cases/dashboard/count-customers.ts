import { type Dashboard } from '@salon/contracts-owner';
import { and, bookings, inArray, ne, sql, type Database } from '@salon/db';
import { type DashboardScope } from './dashboard-scope';

/**
 * Distinct customers with a booking (not cancelled) in the range, and how many of them are new:
 * their first such booking at the shops in scope, ever (a window function over all their
 * bookings there), is one of the bookings in the range.
 */
export async function countCustomers(db: Database, scope: DashboardScope): Promise<Dashboard['customers']> {
  const { scopeShops, inRange } = scope;
  const firsts = db.$with('first_bookings').as(
    db
      .select({
        firstBookingId: sql<string>`${bookings.id}`.as('first_booking_id'),
        visitNumber: sql<number>`row_number() over (partition by ${bookings.customerId} order by ${bookings.startsAt}, ${bookings.id})`.as(
          'visit_number',
        ),
      })
      .from(bookings)
      .where(and(inArray(bookings.shopId, db.select({ id: scopeShops.shopId }).from(scopeShops)), ne(bookings.status, 'cancelled'))),
  );
  const [row] = await db
    .with(scopeShops, inRange, firsts)
    .select({
      total: sql<number>`count(distinct ${inRange.customerId})`.mapWith(Number),
      isNew: sql<number>`count(distinct ${inRange.customerId}) filter (where ${firsts.visitNumber} = 1)`.mapWith(Number),
    })
    .from(inRange)
    .leftJoin(firsts, sql`${firsts.firstBookingId} = ${inRange.bookingId}`)
    .where(sql`${inRange.status} <> 'cancelled'`);
  const total = row?.total ?? 0;
  const isNew = row?.isNew ?? 0;
  return { total, new: isNew, returning: total - isNew };
}
