import { type Dashboard } from '@salon/contracts-owner';
import { asc, eq, sql, type Database } from '@salon/db';
import { type DashboardScope } from './dashboard-scope';

type BookingTotals = Pick<Dashboard, 'bookingsByStatus' | 'totalBookings' | 'revenue' | 'noShowRate'> & { bookedStaffMinutes: number };

/** Counts by status, no-show rate and booked staff minutes in one aggregate; revenue per currency in a GROUP BY. */
export async function countBookings(db: Database, scope: DashboardScope): Promise<BookingTotals> {
  const { scopeShops, inRange } = scope;
  const countOf = (status: string) => sql<number>`count(*) filter (where ${inRange.status} = ${status})`.mapWith(Number);
  const [totals] = await db
    .with(scopeShops, inRange)
    .select({
      pending: countOf('pending'),
      confirmed: countOf('confirmed'),
      cancelled: countOf('cancelled'),
      completed: countOf('completed'),
      no_show: countOf('no_show'),
      total: sql<number>`count(*)`.mapWith(Number),
      noShowRate: sql<number | null>`(count(*) filter (where ${inRange.status} = 'no_show'))::float8
        / nullif(count(*) filter (where ${inRange.status} in ('completed', 'no_show')), 0)`.mapWith(Number),
      bookedStaffMinutes: sql<number>`coalesce(sum(${inRange.staffMinutes}) filter (where ${inRange.status} <> 'cancelled'), 0)`.mapWith(Number),
    })
    .from(inRange);
  const revenue = await db
    .with(scopeShops, inRange)
    .select({ currency: inRange.currency, amountMinor: sql<number>`sum(${inRange.priceMinor})`.mapWith(Number) })
    .from(inRange)
    .where(eq(inRange.status, 'completed'))
    .groupBy(inRange.currency)
    .orderBy(asc(inRange.currency));
  const { total = 0, noShowRate = null, bookedStaffMinutes = 0, ...byStatus } = totals ?? {};
  return {
    bookingsByStatus: { pending: 0, confirmed: 0, cancelled: 0, completed: 0, no_show: 0, ...byStatus },
    totalBookings: total,
    noShowRate,
    bookedStaffMinutes,
    revenue: revenue.map((row) => ({ currency: row.currency.trim(), amountMinor: row.amountMinor })),
  };
}
