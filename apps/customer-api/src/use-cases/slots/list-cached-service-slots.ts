import { checkRange, listServiceSlots } from '@salon/availability';
import { cacheKeys } from '@salon/cache';
import { type Database } from '@salon/db';
import { keepBookableSlots, type Slot } from '@salon/scheduling';
import { type ReadCache } from '../../read-cache';
import { type PublicShopRow } from '../_shared/find-public-shop';

const DAY_MS = 86_400_000;

/** Lets every start of a range through rule 6 (see keepBookableSlots): notice 0, `now` two days before the range, a year ahead. */
const EVERY_START = { minNoticeMinutes: 0, maxAdvanceDays: 365 };

type CachedSlotsInput = {
  /** Read in the same request, before anything else: its cacheVersion is the entries' version. */
  shop: PublicShopRow;
  serviceId: string;
  from: string;
  to: string;
  staffId?: string;
  onlyWeeklyHoursId?: string;
};

/**
 * listServiceSlots through the cache, one entry per shop-local date (`slots:{shopId}:{date}:v{cacheVersion}:…`),
 * with the same answer. Why it is exact (docs/caching.md):
 * - the version was read before anything is computed, and the database bumps it in the same
 *   transaction as any change slots depend on; an entry stored under version v was computed from
 *   data at least as new as v, so a listing that read a later version never uses it;
 * - entries hold every start regardless of now, and rule 6 (notice, max advance) is applied at
 *   read time with the real now, so time passing can neither show a past or too-soon slot nor hide
 *   one that became bookable.
 * Missing dates are computed in one call over the span they cover; a cache that is down only
 * means every date is computed. `validUntilMs` (epoch ms) is the first instant after now at which
 * the same entries could give another answer (see nextChangeMs): until then, and under the same
 * version, the answer holds, so a caller may keep it whole.
 * @throws ValidationError (range, staffId on `query.*`), NotFoundError('Service'): never cached
 */
export async function listCachedServiceSlots({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date; readCache: ReadCache };
  input: CachedSlotsInput;
}): Promise<{ slots: Slot[]; validUntilMs: number }> {
  checkRange(input, 'query'); // before the dates are enumerated: at most 92 of them
  const { shop } = input;
  const { cache, ttlSeconds } = ctx.readCache;
  // Dates wholly outside the booking window at now (the past, or beyond max advance) can hold no
  // bookable start whatever the data: neither looked up, computed nor stored (a 92-day request
  // beyond a 60-day window would otherwise fill the cache with slots nobody may book yet).
  const nowMs = ctx.now().getTime();
  const allDates = localDatesBetween(input.from, input.to);
  const dates = allDates.filter((date) => isWithinWindow(date, nowMs, shop.maxAdvanceDays));
  if (dates.length === 0) {
    // Nothing bookable in the range: the uncached path answers, with its 404/400 for a bad service or staffId.
    return { slots: await listServiceSlots({ ctx, input: { ...input, isActiveOnly: true, where: 'query' } }), validUntilMs: nowMs };
  }
  const keys = dates.map((date) =>
    cacheKeys.slots({ shopId: shop.id, date, version: shop.cacheVersion, serviceId: input.serviceId, staffId: input.staffId, weeklyHoursId: input.onlyWeeklyHoursId }),
  );
  const days = await cache.getMany<Slot[]>(keys);
  const missing = days.flatMap((day, index) => (day === undefined ? [index] : []));
  if (missing.length > 0) {
    const first = dates[missing[0]!]!;
    const last = dates[missing[missing.length - 1]!]!;
    const computed = await listServiceSlots({
      ctx: { db: ctx.db, now: () => new Date(Date.parse(`${first}T00:00:00Z`) - 2 * DAY_MS) },
      input: { ...input, shop: { ...shop, ...EVERY_START }, from: first, to: last, isActiveOnly: true, where: 'query' },
    });
    const byDate = new Map<string, Slot[]>();
    for (const slot of computed) {
      const day = byDate.get(slot.localDate);
      if (day) day.push(slot);
      else byDate.set(slot.localDate, [slot]);
    }
    for (const index of missing) days[index] = byDate.get(dates[index]!) ?? [];
    // Not awaited: the answer does not depend on the write, and the adapters never reject.
    void cache.setMany(missing.map((index) => ({ key: keys[index]!, value: days[index] })), { ttlSeconds });
  }
  const every = days.flatMap((day) => day ?? []);
  const bookable = keepBookableSlots(every, shop, new Date(nowMs));
  if (!bookable.ok) throw new Error(`shop ${shop.id} policy: ${bookable.error.message}`); // the database's checks rule this out
  const skipped = allDates.filter((date) => !dates.includes(date));
  return { slots: bookable.value, validUntilMs: nextChangeMs(every, skipped, shop, nowMs) };
}

/**
 * The first instant after `nowMs` at which rule 6 could keep another set of `slots` (every start
 * of the dates looked at): a start S is kept while S - maxAdvance <= now <= S - notice, so it
 * enters at S - maxAdvance and leaves at S - notice + 1 ms. A date skipped as beyond the window
 * may hold starts from the moment isWithinWindow lets it in.
 */
function nextChangeMs(slots: readonly Slot[], skippedDates: readonly string[], shop: PublicShopRow, nowMs: number): number {
  const advanceMs = shop.maxAdvanceDays * DAY_MS;
  const noticeMs = shop.minNoticeMinutes * 60_000;
  let next = Number.POSITIVE_INFINITY;
  const consider = (atMs: number) => {
    if (atMs > nowMs && atMs < next) next = atMs;
  };
  for (const slot of slots) {
    const startMs = Date.parse(slot.start);
    consider(startMs - advanceMs);
    consider(startMs - noticeMs + 1);
  }
  for (const date of skippedDates) consider(Date.parse(`${date}T00:00:00Z`) - DAY_MS - advanceMs);
  return next;
}

/**
 * Whether a shop-local date can hold a start within [now, now + maxAdvanceDays]: a local date
 * spans at most from its UTC midnight minus 14 hours to plus 38 hours, so a day either side is a
 * safe margin. Only a filter of work: keepBookableSlots decides what is shown.
 */
function isWithinWindow(date: string, nowMs: number, maxAdvanceDays: number): boolean {
  const midnightMs = Date.parse(`${date}T00:00:00Z`);
  return midnightMs + 2 * DAY_MS >= nowMs && midnightMs - DAY_MS <= nowMs + maxAdvanceDays * DAY_MS;
}

/** `YYYY-MM-DD` dates from `from` to `to`, inclusive (a validated range). */
function localDatesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= Date.parse(`${to}T00:00:00Z`); ms += DAY_MS) {
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  return dates;
}
