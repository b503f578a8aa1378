import { type Dashboard } from '@salon/contracts-owner';
import { and, asc, bookings, customers, eq, gte, inArray, lt, sql, staff, users, type Database } from '@salon/db';
import { localInstantOf } from '../_shared/local-instant';
import { type DashboardScope } from './dashboard-scope';

/** The most appointments the dashboard lists for today; the bookings list has the rest. */
const MAX_UPCOMING = 100;
const DAY_MS = 86_400_000;

/** Pending and confirmed bookings starting from now until the end of each shop's local today. */
export async function listTodayUpcoming(db: Database, scope: DashboardScope, now: Date): Promise<Dashboard['todayUpcoming']> {
  const { scopeShops } = scope;
  const rows = await db
    .with(scopeShops)
    .select({
      id: bookings.id,
      shopId: bookings.shopId,
      status: bookings.status,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      serviceName: bookings.serviceName,
      staffId: bookings.staffId,
      staffName: staff.displayName,
      customerName: users.displayName,
      timeZone: scopeShops.timeZone,
    })
    .from(bookings)
    .innerJoin(scopeShops, eq(bookings.shopId, scopeShops.shopId))
    .innerJoin(staff, eq(staff.id, bookings.staffId))
    .innerJoin(customers, eq(customers.id, bookings.customerId))
    .innerJoin(users, eq(users.id, customers.userId))
    .where(
      and(
        inArray(bookings.status, ['pending', 'confirmed']),
        gte(bookings.startsAt, now),
        lt(bookings.startsAt, new Date(now.getTime() + 2 * DAY_MS)), // index-friendly bound; the next line decides
        sql`(${bookings.startsAt} at time zone ${scopeShops.timeZone})::date = ${scopeShops.today}`,
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(bookings.id))
    .limit(MAX_UPCOMING);
  return rows.map((row) => ({
    bookingId: row.id,
    shopId: row.shopId,
    status: row.status,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    localStart: localInstantOf(row.startsAt, row.timeZone).localStart,
    serviceName: row.serviceName,
    staff: { id: row.staffId, displayName: row.staffName },
    customerName: row.customerName,
  }));
}
