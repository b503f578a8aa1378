import { cacheKeys } from '@salon/cache';
import { WEEKDAYS } from '@salon/contracts-customer';
import { and, asc, dateOverrides, eq, gte, isNull, lte, weeklyHours, type Database } from '@salon/db';
import { describeInstants } from '@salon/scheduling';
import { type ReadCache } from '../../read-cache';
import { findPublicShop } from '../_shared/find-public-shop';
import { readThrough } from '../_shared/read-through';
import { mergeWindows, weekdaysOf, type LocalWindow } from './weekly-windows';

const SPECIAL_DAYS_AHEAD = 14;
const DAY_MS = 86_400_000;

/**
 * An active shop's opening hours in its own wall-clock time: for each weekday the windows of the
 * shop-wide weekly rules in effect today, and the shop-wide date overrides of the next 14 days
 * (today, in the shop's zone, included). Staff hours are not opening hours and are left out.
 * Cached under the shop's cache version and today's local date (the answer's only other input).
 * @throws NotFoundError('Shop') for an inactive, deleted or unknown shop
 */
export async function getOpeningHours({ ctx, input }: { ctx: { db: Database; now: () => Date; readCache?: ReadCache }; input: { shopId: string } }) {
  const shop = await findPublicShop(ctx, input.shopId);
  const today = localToday(ctx.now(), shop.timeZone);
  return readThrough(ctx.readCache, cacheKeys.shop(shop.id, shop.cacheVersion, 'hours', today), () => hoursFrom(ctx.db, shop, today));
}

async function hoursFrom(db: Database, shop: { id: string; timeZone: string }, today: string) {
  const lastDay = new Date(Date.parse(`${today}T00:00:00Z`) + (SPECIAL_DAYS_AHEAD - 1) * DAY_MS).toISOString().slice(0, 10);
  const [rules, overrides] = await Promise.all([
    db
      .select()
      .from(weeklyHours)
      .where(and(eq(weeklyHours.shopId, shop.id), isNull(weeklyHours.staffId))),
    db
      .select()
      .from(dateOverrides)
      .where(and(eq(dateOverrides.shopId, shop.id), isNull(dateOverrides.staffId), gte(dateOverrides.date, today), lte(dateOverrides.date, lastDay)))
      .orderBy(asc(dateOverrides.date)),
  ]);
  const inEffect = rules.filter((rule) => (rule.validFrom ?? today) <= today && today <= (rule.validUntil ?? today));
  const byDay = new Map<string, LocalWindow[]>(WEEKDAYS.map((day) => [day, []]));
  for (const rule of inEffect) {
    for (const day of weekdaysOf(rule.rrule)) byDay.get(day)?.push({ start: rule.startLocal, end: rule.endLocal });
  }
  return {
    shopId: shop.id,
    timeZone: shop.timeZone,
    today,
    weekly: WEEKDAYS.map((weekday) => ({ weekday, windows: mergeWindows(byDay.get(weekday) ?? []) })),
    specialDays: overrides.map((row) => ({
      date: row.date,
      isClosed: row.isClosed,
      windows: row.isClosed ? [] : mergeWindows(row.windows),
      reason: row.reason,
    })),
  };
}

/** Today's date on the shop's wall clock (the shop's zone was validated when it was saved). */
function localToday(now: Date, timeZone: string): string {
  const described = describeInstants([now], timeZone);
  if (!described.ok) throw new Error(`opening hours: ${described.error.message}`);
  return described.value[0]!.localDate;
}
