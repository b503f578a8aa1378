import { eq, sql } from 'drizzle-orm';
import { bookingHolds } from './schema/booking-holds';
import { dateOverrides } from './schema/date-overrides';
import { services } from './schema/services';
import { shopCacheVersions } from './schema/shop-cache-versions';
import { shops } from './schema/shops';
import { staff } from './schema/staff';
import { staffServices } from './schema/staff-services';
import { timeOff } from './schema/time-off';
import { weeklyHours } from './schema/weekly-hours';
import { makeBooking, makeService, makeShop, makeStaff, makeWeeklyHours, useTestDatabase } from './testing';
import { withTransaction } from './transaction';
import { type Database } from './types';

// Migration 0010: every committed change a shop's slots or pages depend on bumps shops.cache_version
// exactly once per transaction; nothing else does. Runs on PGlite, and on PostgreSQL with DATABASE_URL.
const database = useTestDatabase();

/** No row yet is version 0. */
async function versionOf(db: Database, shopId: string): Promise<number> {
  const [row] = await db.select({ version: shopCacheVersions.version }).from(shopCacheVersions).where(eq(shopCacheVersions.shopId, shopId));
  return row?.version ?? 0;
}

/** The version change `change` causes, and that another shop's version stays put. */
async function bumpOf(change: (db: Database, shopId: string) => Promise<unknown>, shopId?: string) {
  const db = database().db;
  const shop = shopId ?? (await makeShop(db)).id;
  const bystander = (await makeShop(db)).id;
  const [before, bystanderBefore] = [await versionOf(db, shop), await versionOf(db, bystander)];
  await change(db, shop);
  expect(await versionOf(db, bystander)).toBe(bystanderBefore);
  return (await versionOf(db, shop)) - before;
}

describe('shop_cache_versions', () => {
  it('starts at 0 and is bumped by an edit of the shop row, not by a no-op update', async () => {
    const db = database().db;
    const shop = await makeShop(db);
    expect(await versionOf(db, shop.id)).toBe(0);
    expect(await bumpOf((tx, id) => tx.update(shops).set({ minNoticeMinutes: 30 }).where(eq(shops.id, id)), shop.id)).toBe(1);
    // Raw SQL: drizzle's update would also set updated_at, which is a change.
    const noOp = (tx: Database, id: string) => tx.execute(sql`update shops set min_notice_minutes = min_notice_minutes where id = ${id}`);
    expect(await bumpOf(noOp, shop.id)).toBe(0);
  });

  it.each([
    ['weekly hours', (db: Database, shopId: string) => makeWeeklyHours(db, { shopId })],
    ['a date override', (db: Database, shopId: string) => db.insert(dateOverrides).values({ shopId, date: '2030-01-08', isClosed: true })],
    ['a service', (db: Database, shopId: string) => makeService(db, { shopId })],
    ['a staff member', (db: Database, shopId: string) => makeStaff(db, { shopId })],
  ])('is bumped once when %s is added', async (_what, change) => {
    expect(await bumpOf(change)).toBe(1);
  });

  it('is bumped by time off, staff and service edits, staff_services and deletes', async () => {
    const db = database().db;
    const shopId = (await makeShop(db)).id;
    const service = await makeService(db, { shopId });
    const member = await makeStaff(db, { shopId });
    const hours = await makeWeeklyHours(db, { shopId });
    const changes: ((tx: Database) => Promise<unknown>)[] = [
      (tx) => tx.insert(timeOff).values({ shopId, staffId: member.id, startsAt: new Date('2030-01-08T09:00Z'), endsAt: new Date('2030-01-08T12:00Z') }),
      (tx) => tx.delete(timeOff).where(eq(timeOff.staffId, member.id)),
      (tx) => tx.update(staff).set({ isActive: false }).where(eq(staff.id, member.id)),
      (tx) => tx.update(services).set({ durationMinutes: 45 }).where(eq(services.id, service.id)),
      (tx) => tx.insert(staffServices).values({ shopId, staffId: member.id, serviceId: service.id }),
      (tx) => tx.update(staffServices).set({ priceMinor: 100 }).where(eq(staffServices.staffId, member.id)),
      (tx) => tx.delete(staffServices).where(eq(staffServices.staffId, member.id)),
      (tx) => tx.update(weeklyHours).set({ endLocal: '17:00' }).where(eq(weeklyHours.id, hours.id)),
      (tx) => tx.delete(weeklyHours).where(eq(weeklyHours.id, hours.id)),
    ];
    for (const change of changes) expect(await bumpOf((tx) => change(tx), shopId)).toBe(1);
  });

  it('is bumped when a booking takes, frees or moves time (its holds), once per transaction', async () => {
    const db = database().db;
    const shopId = (await makeShop(db)).id;
    let holdId = '';
    expect(await bumpOf(async (tx) => (holdId = (await makeBooking(tx, { shopId })).hold.id), shopId)).toBe(1);
    const move = { start: new Date('2030-01-07T12:00Z'), end: new Date('2030-01-07T13:00Z') };
    expect(await bumpOf((tx) => tx.update(bookingHolds).set({ during: move }).where(eq(bookingHolds.id, holdId)), shopId)).toBe(1);
    expect(await bumpOf((tx) => tx.update(bookingHolds).set({ isActive: false }).where(eq(bookingHolds.id, holdId)), shopId)).toBe(1);
    // Many rows of one shop in one transaction: one bump.
    const bulk = (tx: Database) =>
      withTransaction({ db: tx }, async (inner) => {
        for (let i = 0; i < 3; i += 1) await makeStaff(inner, { shopId });
        await inner.update(staff).set({ displayName: 'Renamed' }).where(eq(staff.shopId, shopId));
      });
    expect(await bumpOf(bulk, shopId)).toBe(1);
  });

  it('bumps every shop a transaction touches, rows of several shops interleaved', async () => {
    const db = database().db;
    const [first, second] = [(await makeShop(db)).id, (await makeShop(db)).id];
    const before = [await versionOf(db, first), await versionOf(db, second)];
    await withTransaction({ db }, async (tx) => {
      for (const shopId of [first, second, first, second]) await makeStaff(tx, { shopId });
    });
    expect(await versionOf(db, first)).toBeGreaterThan(before[0]!);
    expect(await versionOf(db, second)).toBeGreaterThan(before[1]!);
  });

  it('lets a shop be deleted with its rows (the bump at commit finds no shop, and does not fail)', async () => {
    const db = database().db;
    const shopId = (await makeShop(db)).id;
    await makeStaff(db, { shopId, serviceIds: [(await makeService(db, { shopId })).id] });
    await makeWeeklyHours(db, { shopId });
    await db.delete(shops).where(eq(shops.id, shopId));
    expect(await db.select().from(shops).where(eq(shops.id, shopId))).toEqual([]);
  });

  it('is not bumped by a transaction that rolls back', async () => {
    const rolledBack = (db: Database, shopId: string) =>
      withTransaction({ db }, async (tx) => {
        await makeStaff(tx, { shopId });
        await tx.execute(sql`select 1/0`);
      }).catch(() => 'rolled back');
    expect(await bumpOf(rolledBack)).toBe(0);
  });
});
