import { listServiceSlots } from '@salon/availability';
import { eq, weeklyHours, type Database } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { describeInstants, type Slot } from '@salon/scheduling';
import { type ReadCache } from '../../read-cache';
import { findPublicShop, type PublicShopRow } from '../_shared/find-public-shop';
import { listCachedServiceSlots } from './list-cached-service-slots';

const DAY_MS = 86_400_000;

/** `readCache` unset: computed on every request, as before the cache. */
type SlotsContext = { db: Database; now: () => Date; readCache?: ReadCache };

type PublicSlotsInput = { serviceId: string; from?: string; to?: string; staffId?: string };

/**
 * Free slots of an active service of an active shop, grouped by shop-local day (days without slots
 * left out), with the shop's policy and the real now: exactly what a booking will accept.
 * @throws NotFoundError (shop, service), ValidationError (range, staffId on `query.*`)
 */
export async function listPublicSlots({ ctx, input }: { ctx: SlotsContext; input: PublicSlotsInput & { shopId: string } }) {
  const shop = await findPublicShop(ctx, input.shopId);
  return slotDays(ctx, shop, input);
}

/**
 * The same for one weekly-hours row (the seed's `GET /schedules/{id}/available-slots`): the shop's
 * opening hours row, or one stylist's working hours (then only that stylist's slots).
 * @throws NotFoundError (schedule, its shop, service), ValidationError
 */
export async function listScheduleSlots({ ctx, input }: { ctx: SlotsContext; input: PublicSlotsInput & { scheduleId: string } }) {
  const [row] = await ctx.db.select().from(weeklyHours).where(eq(weeklyHours.id, input.scheduleId)).limit(1);
  if (!row) throw new NotFoundError('Schedule');
  const shop = await findPublicShop(ctx, row.shopId).catch(() => {
    throw new NotFoundError('Schedule');
  });
  return slotDays(ctx, shop, { ...input, ...(row.staffId && { staffId: row.staffId }), onlyWeeklyHoursId: row.id });
}

async function slotDays(ctx: SlotsContext, shop: PublicShopRow, input: PublicSlotsInput & { onlyWeeklyHoursId?: string }) {
  const today = describeInstants([ctx.now()], shop.timeZone);
  const from = input.from ?? (today.ok ? today.value[0]!.localDate : ctx.now().toISOString().slice(0, 10));
  const to = input.to ?? new Date(Date.parse(`${from}T00:00:00Z`) + 6 * DAY_MS).toISOString().slice(0, 10);
  const slots = ctx.readCache
    ? await listCachedServiceSlots({ ctx: { ...ctx, readCache: ctx.readCache }, input: { ...input, shop, from, to } })
    : await listServiceSlots({ ctx, input: { ...input, shop, from, to, isActiveOnly: true, where: 'query' } });
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const day = days.get(slot.localDate);
    if (day) day.push(slot);
    else days.set(slot.localDate, [slot]);
  }
  return {
    shopId: shop.id,
    serviceId: input.serviceId,
    timeZone: shop.timeZone,
    from,
    to,
    days: [...days].map(([localDate, daySlots]) => ({ localDate, slots: daySlots })),
  };
}
