import { type Dashboard, type DashboardQuery } from '@salon/contracts-owner';
import { asc, sql, type Database } from '@salon/db';
import { findOwnedShop } from '../_shared/find-owned-shop';
import { countBookings } from './count-bookings';
import { countCustomers } from './count-customers';
import { dashboardScope, type DashboardScope } from './dashboard-scope';
import { listTodayUpcoming } from './list-today-upcoming';
import { sumWorkingMinutes } from './sum-working-minutes';

/**
 * The owner's dashboard over their shops (or one), each shop's range in its own local dates.
 * Every booking figure is computed by the database (FILTER, GROUP BY, a window function); working
 * minutes come from the scheduling engine's windows, the one source of working time.
 * @throws NotFoundError('Shop') when `shopId` is unknown, deleted or another owner's.
 */
export async function getDashboard({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date; ownerId: string };
  input: DashboardQuery;
}): Promise<Dashboard> {
  if (input.shopId) await findOwnedShop(ctx, input.shopId);
  const now = ctx.now();
  const scope = dashboardScope(ctx.db, { ...input, ownerId: ctx.ownerId, now });
  const shops = await listScopeShops(ctx.db, scope);
  const { bookedStaffMinutes, ...bookingTotals } = await countBookings(ctx.db, scope);
  const workingStaffMinutes = await sumWorkingMinutes(ctx.db, shops);
  return {
    shops,
    ...bookingTotals,
    utilisation: {
      rate: workingStaffMinutes > 0 ? bookedStaffMinutes / workingStaffMinutes : null,
      bookedStaffMinutes,
      workingStaffMinutes,
    },
    customers: await countCustomers(ctx.db, scope),
    todayUpcoming: await listTodayUpcoming(ctx.db, scope, now),
  };
}

function listScopeShops(db: Database, { scopeShops }: DashboardScope): Promise<Dashboard['shops']> {
  const isoDate = (column: unknown) => sql<string>`to_char(${column}, 'YYYY-MM-DD')`;
  return db
    .with(scopeShops)
    .select({
      id: scopeShops.shopId,
      name: scopeShops.shopName,
      timeZone: scopeShops.timeZone,
      from: isoDate(scopeShops.fromDate),
      to: isoDate(scopeShops.toDate),
      today: isoDate(scopeShops.today),
    })
    .from(scopeShops)
    .orderBy(asc(scopeShops.shopName), asc(scopeShops.shopId));
}
