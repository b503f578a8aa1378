import { BOOKING_NOW, makeBookableShop } from '@salon/booking/testing';
import { customerContract } from '@salon/contracts-customer';
import { describeThroughPgBouncer, describeWithPostgres, type TestDatabaseOptions } from '@salon/db/testing';
import { createTestApi, errorEnvelope, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';

// DATABASE_POOL_MODE=transaction: the whole customer flow with postgres.js's named prepared
// statements off, first straight on PostgreSQL, then through a real pgBouncer in transaction mode,
// where every transaction may land on another server connection. What must hold there: the search's
// similarity threshold (set by search_words_matching() for its own call only), the booking trigger's pg_advisory_xact_lock, the exclusion
// constraint's 23P01 → 409 slot_unavailable, idempotency claims, cancel and reschedule.
const START = '2026-12-02T10:00:00.000Z'; // Wednesday 10:00 London
const DAY = '2026-12-02';

function bookingFlowTests(database: () => TestDatabaseOptions) {
  let api: TestApi;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
  beforeAll(async () => {
    api = await createTestApi(createCustomerApp, { now: () => BOOKING_NOW, database: database() });
    typed = await startTypedClient(api, customerContract);
  });
  afterAll(async () => {
    await typed?.close();
    await api?.close();
  });
  const token = (name: string) => api.tokenFor(name, { role: 'customer' });
  const book = async (name: string, body: { shopId: string; serviceId: string; start: string; staffId?: string }, key?: string) =>
    typed.client.bookings.create({ body, headers: key ? { 'idempotency-key': key } : {}, extraHeaders: typed.as(await token(name)) });
  const starts = async (shopId: string, serviceId: string) => {
    const res = await typed.client.slots.calendarView({ params: { shopId }, query: { serviceId, from: DAY, to: DAY } });
    if (res.status !== 200) throw new Error(`calendar view answered ${res.status}`);
    return res.body.days.flatMap((day) => day.slots.map((slot) => slot.start));
  };

  it('finds the shop by a typo of its name (the similarity threshold is the word-matching function\'s own)', async () => {
    const { shop } = await makeBookableShop(api.database.db, { shop: { name: 'Quillfeather Barbers' } });
    const res = await typed.client.shops.search({ query: { q: 'quilfeather' } as never });
    expect(res.status).toBe(200);
    expect(res.status === 200 && res.body.items.map((item) => item.id)).toContain(shop.id);
  });

  it('30 customers race for one stylist\'s slot: one 201, 29 × 409 slot_unavailable, and the slot leaves the list', async () => {
    const { shop, service, staff } = await makeBookableShop(api.database.db);
    const body = { shopId: shop.id, serviceId: service.id, start: START, staffId: staff[0]!.id };
    expect(await starts(shop.id, service.id)).toContain(START);
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => book(`racer-${i}`, body)));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    const lost = answers.filter((answer) => answer.status !== 201);
    expect(lost.map((answer) => [answer.status, answer.body])).toEqual(lost.map(() => [409, errorEnvelope('slot_unavailable')]));
    expect(await starts(shop.id, service.id)).not.toContain(START);
  });

  it('replays an Idempotency-Key, moves the booking, cancels it, and the time is free again', async () => {
    const { shop, service } = await makeBookableShop(api.database.db);
    const body = { shopId: shop.id, serviceId: service.id, start: START };
    const first = await book('idem', body, `pool-${shop.id}`);
    const replay = await book('idem', body, `pool-${shop.id}`);
    expect(first.status).toBe(201);
    expect([replay.status, replay.body, replay.headers.get('idempotent-replayed')]).toEqual([201, first.body, 'true']);
    if (first.status !== 201) return;
    const auth = typed.as(await token('idem'));
    const later = '2026-12-02T11:00:00.000Z';
    const moved = await typed.client.bookings.update({ params: { id: first.body.id }, body: { start: later }, extraHeaders: auth });
    expect([moved.status, moved.status === 200 && moved.body.startsAt]).toEqual([200, later]);
    expect(await starts(shop.id, service.id)).toContain(START);
    const cancelled = await typed.client.bookings.cancel({ params: { id: first.body.id }, body: {}, extraHeaders: auth });
    expect(cancelled.status).toBe(200);
    expect(await starts(shop.id, service.id)).toContain(later);
  });
}

describeWithPostgres('DATABASE_POOL_MODE=transaction on PostgreSQL (no named prepared statements)', () => {
  bookingFlowTests(() => ({ poolMode: 'transaction', maxConnections: 10 }));
});

describeThroughPgBouncer('DATABASE_POOL_MODE=transaction through pgBouncer in transaction mode (4 server connections)', { serverPoolSize: 4 }, (connectThrough) => {
  // 20 client connections over 4 server connections: transactions of one client move between backends.
  bookingFlowTests(() => ({ poolMode: 'transaction', maxConnections: 20, connectThrough }));
});
