import { listServiceSlots, loadShopService } from '@salon/availability';
import { and, eq, isNull, shops, weeklyHours, type Database, type Shop } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { describeInstants, type Service, type Slot } from '@salon/scheduling';

const DAY_MS = 86_400_000;

type PublicSlotsInput = { serviceId: string; from?: string; to?: string; staffId?: string };

/**
 * Free slots of an active service of an active shop, grouped by shop-local day (days without slots
 * left out), with the shop's policy and the real now: exactly what a booking will accept.
 * @throws NotFoundError (shop, service), ValidationError (range, staffId on `query.*`)
 */
export async function listPublicSlots({ ctx, input }: { ctx: { db: Database; now: () => Date }; input: PublicSlotsInput & { shopId: string } }) {
  // Shop and service in one round trip: the schedule is then the request's only other statement.
  const { shop, service } = await loadShopService({ ctx, input: { ...input, isActiveOnly: true, where: 'query' } });
  return slotDays(ctx, shop, input, service);
}

/**
 * The same for one weekly-hours row (the seed's `GET /schedules/{id}/available-slots`): the shop's
 * opening hours row, or one stylist's working hours (then only that stylist's slots).
 * @throws NotFoundError (schedule, its shop, service), ValidationError
 */
export async function listScheduleSlots({ ctx, input }: { ctx: { db: Database; now: () => Date }; input: PublicSlotsInput & { scheduleId: string } }) {
  const [row] = await ctx.db.select().from(weeklyHours).where(eq(weeklyHours.id, input.scheduleId)).limit(1);
  if (!row) throw new NotFoundError('Schedule');
  const shop = await findPublicShop(ctx.db, row.shopId).catch(() => {
    throw new NotFoundError('Schedule');
  });
  return slotDays(ctx, shop, { ...input, ...(row.staffId && { staffId: row.staffId }), onlyWeeklyHoursId: row.id });
}

async function slotDays(
  ctx: { db: Database; now: () => Date },
  shop: Shop,
  input: PublicSlotsInput & { onlyWeeklyHoursId?: string },
  service?: Service,
) {
  const today = describeInstants([ctx.now()], shop.timeZone);
  const from = input.from ?? (today.ok ? today.value[0]!.localDate : ctx.now().toISOString().slice(0, 10));
  const to = input.to ?? new Date(Date.parse(`${from}T00:00:00Z`) + 6 * DAY_MS).toISOString().slice(0, 10);
  const slots = await listServiceSlots({ ctx, input: { ...input, shop, from, to, isActiveOnly: true, where: 'query', service } });
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

async function findPublicShop(db: Database, shopId: string): Promise<Shop> {
  const [shop] = await db
    .select()
    .from(shops)
    .where(and(eq(shops.id, shopId), eq(shops.isActive, true), isNull(shops.deletedAt)))
    .limit(1);
  if (!shop) throw new NotFoundError('Shop');
  return shop;
}
