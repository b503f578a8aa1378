import { listSlotsForShops } from '@salon/availability';
import { cacheKeys } from '@salon/cache';
import { type Database, type Shop } from '@salon/db';
import { keepBookableSlots, type Slot } from '@salon/scheduling';
import { type ReadCache } from '../../read-cache';

const DAY_MS = 86_400_000;

/** Lets every start of the date through (as list-cached-service-slots computes its entries): notice 0, a year ahead. */
const EVERY_START = { minNoticeMinutes: 0, maxAdvanceDays: 365 };

type SlotShop = Pick<Shop, 'id' | 'timeZone' | 'slotIntervalMinutes' | 'minNoticeMinutes' | 'maxAdvanceDays'>;
/** A page candidate, its matched service, and the cache version read in the candidate statement (before anything is computed). */
export type AvailabilityItem = { shop: SlotShop; serviceId: string; cacheVersion: number };

/**
 * Whether each candidate has a bookable slot of its service on shop-local `date`, through the
 * slot endpoints' exact cache: the same entries (`slots:{shopId}:{date}:v{version}:{serviceId}::`,
 * every start of the day regardless of now), so a day either path computed serves both. One
 * `getMany` for the page; the misses load in one statement (listSlotsForShops) and run the engine
 * only for the shops asked about. Notice and max advance are applied with the real now, as the slot
 * endpoints do. Call `store()` once done: it writes what was computed (never awaited).
 * Without `readCache` every day is computed.
 */
export async function checkAvailabilityOn({ ctx, input }: {
  ctx: { db: Database; now: () => Date; readCache?: ReadCache };
  input: { items: readonly AvailabilityItem[]; date: string };
}): Promise<{ hasSlot: (shopId: string) => boolean; store: () => void }> {
  const nowMs = ctx.now().getTime();
  const items = input.items.filter((item) => isWithinWindow(input.date, nowMs, item.shop.maxAdvanceDays));
  const keyOf = (item: AvailabilityItem) => cacheKeys.slots({ shopId: item.shop.id, date: input.date, version: item.cacheVersion, serviceId: item.serviceId });
  const cached = ctx.readCache ? await ctx.readCache.cache.getMany<Slot[]>(items.map(keyOf)) : items.map(() => undefined);
  const days = new Map(items.map((item, index) => [item.shop.id, { item, day: cached[index] }]));
  const misses = items.filter((_, index) => cached[index] === undefined);
  const compute = misses.length === 0 ? () => [] as Slot[] : await listSlotsForShops({
    // `now` two days before the date and EVERY_START: every start of the day, as the cached entries hold.
    ctx: { db: ctx.db, now: () => new Date(Date.parse(`${input.date}T00:00:00Z`) - 2 * DAY_MS) },
    input: { items: misses.map((item) => ({ shop: { ...item.shop, ...EVERY_START }, serviceId: item.serviceId })), from: input.date, to: input.date },
  });
  const computed: AvailabilityItem[] = [];
  const dayOf = (shopId: string): Slot[] | undefined => {
    const entry = days.get(shopId);
    if (!entry) return undefined;
    if (entry.day === undefined) {
      entry.day = compute(shopId);
      computed.push(entry.item);
    }
    return entry.day;
  };
  return {
    hasSlot: (shopId) => {
      const day = dayOf(shopId);
      if (!day || day.length === 0) return false;
      const bookable = keepBookableSlots(day, days.get(shopId)!.item.shop, ctx.now());
      return bookable.ok && bookable.value.length > 0;
    },
    store: () => {
      if (!ctx.readCache || computed.length === 0) return;
      const { cache, ttlSeconds } = ctx.readCache;
      void cache.setMany(computed.map((item) => ({ key: keyOf(item), value: days.get(item.shop.id)!.day })), { ttlSeconds });
    },
  };
}

/** Whether a shop-local date can hold a start within [now, now + maxAdvanceDays] (a day's margin either side, as the slot cache uses). */
function isWithinWindow(date: string, nowMs: number, maxAdvanceDays: number): boolean {
  const midnightMs = Date.parse(`${date}T00:00:00Z`);
  return midnightMs + 2 * DAY_MS >= nowMs && midnightMs - DAY_MS <= nowMs + maxAdvanceDays * DAY_MS;
}
