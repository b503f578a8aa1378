import { type DateOverride } from '@salon/contracts-owner';
import { and, asc, dateOverrides, eq, gte, isNull, lte, or, sql, staff } from '@salon/db';
import { ValidationError } from '@salon/errors';
import { type OwnerContext } from '../../../routes/owner-context';
import { findOwnedShop } from '../../_shared/find-owned-shop';
import { addDays, daysBetween } from '../../_shared/local-dates';
import { todayInZone } from '../../_shared/today-in-zone';
import { toDateOverrideView } from './to-date-override-view';

/** The longest range one listing may cover, in days (a year, leap day included). */
export const MAX_OVERRIDE_RANGE_DAYS = 366;
const DEFAULT_RANGE_DAYS = 90;

/**
 * The shop's and its staff's overrides in `[from, to]` (local dates, inclusive), by date, shop
 * rows first. Defaults: from = today in the shop's zone, to = from + 89 days.
 * @throws NotFoundError, ValidationError for a reversed or too long range
 */
export async function listDateOverrides({
  ctx,
  input,
}: {
  ctx: OwnerContext;
  input: { shopId: string; from?: string; to?: string };
}): Promise<{ items: DateOverride[] }> {
  const shop = await findOwnedShop(ctx, input.shopId);
  const from = input.from ?? todayInZone(ctx.now(), shop.timeZone);
  const to = input.to ?? addDays(from, DEFAULT_RANGE_DAYS - 1);
  const span = daysBetween(from, to) + 1;
  if (span < 1) throw rangeError('query.to', 'to must not be before from.');
  if (span > MAX_OVERRIDE_RANGE_DAYS) throw rangeError('query.to', `A range may cover at most ${MAX_OVERRIDE_RANGE_DAYS} days.`);
  const rows = await ctx.db
    .select({ row: dateOverrides })
    .from(dateOverrides)
    .leftJoin(staff, eq(staff.id, dateOverrides.staffId))
    .where(
      and(
        eq(dateOverrides.shopId, shop.id),
        gte(dateOverrides.date, from),
        lte(dateOverrides.date, to),
        or(isNull(dateOverrides.staffId), isNull(staff.deletedAt)),
      ),
    )
    .orderBy(asc(dateOverrides.date), sql`${dateOverrides.staffId} nulls first`, asc(dateOverrides.id));
  return { items: rows.map(({ row }) => toDateOverrideView(row)) };
}

function rangeError(path: string, message: string): ValidationError {
  return new ValidationError(`${path} is invalid: ${message}`, [{ path, message }]);
}
