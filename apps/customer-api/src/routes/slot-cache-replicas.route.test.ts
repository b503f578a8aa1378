import { createRedisCache, type Cache } from '@salon/cache';
import { startRedisServer, type TestRedisServer } from '@salon/cache/testing';
import { customerContract } from '@salon/contracts-customer';
import { describeWithPostgres, makeOwner, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { Redis } from 'ioredis';
import { createCustomerApp } from '../app';

// Issue 12: two replicas of customer-api on one PostgreSQL and one Redis (a redis-server of this
// file's own, so it can be stopped mid-run). A slot booked through one replica is gone from the
// very next listing through the other; with Redis gone, both keep answering, uncached.
const NOW = new Date('2026-12-01T08:00:00Z'); // Tuesday; London is on UTC in December
const DAY = '2026-12-02';

type Replica = { api: TestApi; typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>; cache: Cache };
type LogLine = { message: string };

describeWithPostgres('slot cache across two replicas on one Redis', () => {
  let redis: TestRedisServer;
  let first: Replica;
  let second: Replica;
  const warnings: LogLine[] = [];
  const logger = { warn: (_d: Record<string, unknown>, message: string) => warnings.push({ message }), info: () => {} };

  async function startReplica(sharedDatabase?: TestApi['database']): Promise<Replica> {
    const cache = createRedisCache({ url: redis.url, logger });
    const api = await createTestApi((deps) => createCustomerApp(deps, { readCache: { cache, ttlSeconds: 600 } }), {
      now: () => NOW,
      sharedDatabase,
    });
    return { api, cache, typed: await startTypedClient(api, customerContract) };
  }

  beforeAll(async () => {
    redis = await startRedisServer();
    first = await startReplica();
    second = await startReplica(first.api.database);
  });
  afterAll(async () => {
    for (const replica of [second, first]) {
      await replica?.typed.close();
      await replica?.cache.close();
      await replica?.api.close();
    }
    await redis?.stop();
  });

  async function salon() {
    const db = first.api.database.db;
    const shop = await makeShop(db, { ownerId: (await makeOwner(db)).id, minNoticeMinutes: 60 });
    await makeWeeklyHours(db, { shopId: shop.id, startLocal: '09:00', endLocal: '12:00' });
    const service = await makeService(db, { shopId: shop.id, durationMinutes: 60 });
    await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
    return { shopId: shop.id, serviceId: service.id };
  }

  const startsVia = async (replica: Replica, shopId: string, serviceId: string) => {
    const res = await replica.typed.client.slots.calendarView({ params: { shopId }, query: { serviceId, from: DAY, to: DAY } });
    if (res.status !== 200) throw new Error(`calendar view answered ${res.status}`);
    return res.body.days.flatMap((day) => day.slots.map((slot) => slot.start));
  };
  const customer = async (name: string) => first.typed.as(await first.api.tokenFor(name, { role: 'customer' }));

  it('a booking through one replica is gone from the next listing through the other', async () => {
    const { shopId, serviceId } = await salon();
    const all = ['2026-12-02T09:00:00.000Z', '2026-12-02T09:15:00.000Z', '2026-12-02T09:30:00.000Z', '2026-12-02T09:45:00.000Z', '2026-12-02T10:00:00.000Z', '2026-12-02T10:15:00.000Z', '2026-12-02T10:30:00.000Z', '2026-12-02T10:45:00.000Z', '2026-12-02T11:00:00.000Z'];
    expect(await startsVia(second, shopId, serviceId)).toEqual(all);
    expect(await startsVia(first, shopId, serviceId)).toEqual(all);
    const raw = new Redis(redis.url);
    try {
      expect(await raw.keys(`slots:${shopId}:${DAY}:*`)).toHaveLength(1); // one entry, written by one replica, read by both
    } finally {
      raw.disconnect();
    }

    const headers = await customer('ann');
    const booked = await first.typed.client.bookings.create({ body: { shopId, serviceId, start: '2026-12-02T10:00:00Z' }, headers: {}, extraHeaders: headers });
    expect(booked.status).toBe(201);
    if (booked.status !== 201) return;
    const taken = ['2026-12-02T09:15:00.000Z', '2026-12-02T09:30:00.000Z', '2026-12-02T09:45:00.000Z', '2026-12-02T10:00:00.000Z', '2026-12-02T10:15:00.000Z', '2026-12-02T10:30:00.000Z', '2026-12-02T10:45:00.000Z'];
    const afterBooking = all.filter((start) => !taken.includes(start));
    expect(await startsVia(second, shopId, serviceId)).toEqual(afterBooking);

    const moved = await first.typed.client.bookings.update({ params: { id: booked.body.id }, body: { start: '2026-12-02T09:00:00Z' }, extraHeaders: headers });
    expect(moved.status).toBe(200);
    expect(await startsVia(second, shopId, serviceId)).toEqual(['2026-12-02T10:00:00.000Z', '2026-12-02T10:15:00.000Z', '2026-12-02T10:30:00.000Z', '2026-12-02T10:45:00.000Z', '2026-12-02T11:00:00.000Z']);

    const cancelled = await first.typed.client.bookings.cancel({ params: { id: booked.body.id }, body: {}, extraHeaders: headers });
    expect(cancelled.status).toBe(200);
    expect(await startsVia(second, shopId, serviceId)).toEqual(all);
  });

  it('keeps answering, uncached and still exact, when Redis stops mid-run, and logs it', async () => {
    const { shopId, serviceId } = await salon();
    const before = await startsVia(second, shopId, serviceId);
    expect(before).toHaveLength(9);
    await redis.stop();
    for (let i = 0; i < 10; i += 1) {
      expect(await startsVia(i % 2 ? first : second, shopId, serviceId)).toEqual(before);
    }
    const booked = await first.typed.client.bookings.create({
      body: { shopId, serviceId, start: '2026-12-02T11:00:00Z' },
      headers: {},
      extraHeaders: await customer('bob'),
    });
    expect(booked.status).toBe(201);
    expect(await startsVia(second, shopId, serviceId)).toEqual(before.slice(0, 5));
    const page = await second.typed.client.catalogue.getShop({ params: { id: shopId } });
    expect(page.status).toBe(200);
    expect(warnings.some((line) => /Redis cache unavailable/.test(line.message))).toBe(true);
    expect(warnings.length).toBeLessThanOrEqual(2); // one line per client, not one per request
  });
});
