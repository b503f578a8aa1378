import { type Database } from '@salon/db';
import { listWorkingWindows, type WorkingDay } from '@salon/scheduling';
import { checkRange } from './_internal/check-range';
import { engineErrorToAppError } from './_internal/engine-error';
import { loadShopSchedule, type ShopSchedule } from './load-shop-schedule';

/**
 * Each active staff member's working windows per shop-local date (UTC instants, time off removed)
 * from the engine, with the loaded schedule so a view can place bookings beside them.
 * @throws ValidationError on `${where}.from|to`
 */
export async function listWorkingDays({
  ctx,
  input,
}: {
  ctx: { db: Database };
  input: { shop: { id: string; timeZone: string }; from: string; to: string; staffIds?: readonly string[]; where: 'body' | 'query' };
}): Promise<{ days: WorkingDay[]; schedule: ShopSchedule }> {
  checkRange(input, input.where);
  const schedule = await loadShopSchedule({ ctx, input });
  const result = listWorkingWindows(schedule, { from: input.from, to: input.to });
  if (!result.ok) throw engineErrorToAppError(result.error, input.where);
  return { days: result.value, schedule };
}
