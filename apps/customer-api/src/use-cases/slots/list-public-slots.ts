import { listServiceSlots, listServiceVisitSlots } from '@salon/availability';
import { eq, weeklyHours, type Database } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { describeInstants, type Slot } from '@salon/scheduling';
import { type PublicSlotDays } from '@salon/contracts-customer';
import { type ReadCache } from '../../read-cache';
import { findPublicShop, type PublicShopRow } from '../_shared/find-public-shop';
import { explainStaffError } from './explain-staff-error';
import { listCachedServiceSlots } from './list-cached-service-slots';

const DAY_MS = 86_400_000;

/** `readCache` unset: computed on every request, as before the cache. */
type SlotsContext = { db: Database; now: () => Date; readCache?: ReadCache };

type PublicSlotsInput = { serviceId: string; from?: string; to?: string; staffId?: string };
type SlotDaysInput = PublicSlotsInput & { onlyWeeklyHoursId?: string };

/**
 * Free slots of an active service of an active shop, grouped by shop-local day (days without slots
 * left out), with the shop's policy and the real now: exactly what a booking will accept.
 * @throws NotFoundError (shop, service, a staffId that is not one of the shop's staff),
 *   ValidationError (range, staffId on `query.*` of a staff member who does not perform the service)
 */
export async function listPublicSlots({ ctx, input }: { ctx: SlotsContext; input: PublicSlotsInput & { shopId: string } }) {
  const shop = await findPublicShop(ctx, input.shopId);
  return (await slotDays(ctx, shop, input)).view;
}

/**
 * The same for one weekly-hours row (the seed's `GET /schedules/{id}/available-slots`): the shop's
 * opening hours row, or one stylist's working hours (then only that stylist's slots).
 * @throws NotFoundError (schedule, its shop, service), ValidationError
 */
export async function listScheduleSlots({ ctx, input }: { ctx: SlotsContext; input: PublicSlotsInput & { scheduleId: string } }) {
  const { shop, narrowing } = await findScheduleShop(ctx, input.scheduleId);
  return (await slotDays(ctx, shop, { ...input, ...narrowing })).view;
}

/**
 * A weekly-hours row's public shop and what a listing of it is narrowed to (its stylist, itself).
 * @throws NotFoundError('Schedule') for an unknown row or one of a shop customers may not see
 */
export async function findScheduleShop(ctx: { db: Database }, scheduleId: string) {
  const [row] = await ctx.db.select().from(weeklyHours).where(eq(weeklyHours.id, scheduleId)).limit(1);
  if (!row) throw new NotFoundError('Schedule');
  const shop = await findPublicShop(ctx, row.shopId).catch(() => {
    throw new NotFoundError('Schedule');
  });
  return { shop, narrowing: { ...(row.staffId && { staffId: row.staffId }), onlyWeeklyHoursId: row.id } };
}

/**
 * Starts of a visit of several services back to back (issue 13), by shop-local day: exactly what
 * POST /bookings with `lines` accepts.
 * @throws NotFoundError (shop, service), ValidationError (range on `query.*`)
 */
export async function listPublicVisits({ ctx, input }: { ctx: { db: Database; now: () => Date }; input: { shopId: string; serviceIds: string[]; from?: string; to?: string } }) {
  const shop = await findPublicShop(ctx, input.shopId);
  const { from, to } = defaultRange(ctx, shop, input);
  const visits = await listServiceVisitSlots({ ctx, input: { shop, serviceIds: input.serviceIds, from, to, isActiveOnly: true, where: 'query' } });
  const days = new Map<string, typeof visits>();
  for (const visit of visits) days.set(visit.localDate, [...(days.get(visit.localDate) ?? []), visit]);
  const strip = (visit: (typeof visits)[number]) => ({ ...visit, lines: visit.lines.map(({ holds: _holds, ...line }) => line) });
  return {
    shopId: shop.id, serviceIds: input.serviceIds, timeZone: shop.timeZone, from, to,
    days: [...days].map(([localDate, dayVisits]) => ({ localDate, visits: dayVisits.map(strip) })),
  };
}

/** The range a listing covers: `from` defaults to today in the shop's zone, `to` to from + 6 days. */
export function defaultRange(ctx: { now: () => Date }, shop: PublicShopRow, input: { from?: string; to?: string }) {
  const today = describeInstants([ctx.now()], shop.timeZone);
  const from = input.from ?? (today.ok ? today.value[0]!.localDate : ctx.now().toISOString().slice(0, 10));
  const to = input.to ?? new Date(Date.parse(`${from}T00:00:00Z`) + 6 * DAY_MS).toISOString().slice(0, 10);
  return { from, to };
}

/**
 * The listing as the contract shapes it, and until when (epoch ms) it holds at this version:
 * computed on every request (validUntilMs = now) without a read cache.
 */
export async function slotDays(ctx: SlotsContext, shop: PublicShopRow, input: SlotDaysInput): Promise<{ view: PublicSlotDays; validUntilMs: number }> {
  const { from, to } = defaultRange(ctx, shop, input);
  const { slots, validUntilMs } = await (ctx.readCache
    ? listCachedServiceSlots({ ctx: { ...ctx, readCache: ctx.readCache }, input: { ...input, shop, from, to } })
    : listServiceSlots({ ctx, input: { ...input, shop, from, to, isActiveOnly: true, where: 'query' } }).then((all) => ({ slots: all, validUntilMs: ctx.now().getTime() }))
  ).catch((error: unknown) => {
    throw explainStaffError(input, error);
  });
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const day = days.get(slot.localDate);
    if (day) day.push(slot);
    else days.set(slot.localDate, [slot]);
  }
  const view = {
    shopId: shop.id,
    serviceId: input.serviceId,
    timeZone: shop.timeZone,
    from,
    to,
    days: [...days].map(([localDate, daySlots]) => ({ localDate, slots: daySlots })),
  };
  return { view, validUntilMs };
}
