import { BOOKING_NOW, makeBookableShop } from '@salon/booking/testing';
import { liftPlanLimits } from '@salon/billing/testing';
import { customerContract } from '@salon/contracts-customer';
import { bookings, eq, executePrepared, sql } from '@salon/db';
import { createTestApi, errorEnvelope, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';

// POST /bookings' one-trip path on whichever database the run has: embedded PGlite without
// DATABASE_URL (one connection, `npm start`), PostgreSQL with it. Concurrent HTTP requests still
// give one booking per stylist and time, each with its booking-changed job and a 201 body that
// equals its GET.
const START = '2026-12-02T10:00:00.000Z';

describe('POST /bookings one trip on the test database (PGlite or PostgreSQL)', () => {
  let api: TestApi;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
  beforeAll(async () => {
    api = await createTestApi(createCustomerApp, { now: () => BOOKING_NOW });
    await liftPlanLimits(api.database.db);
    typed = await startTypedClient(api, customerContract);
  });
  afterAll(async () => {
    await typed?.close();
    await api?.close();
  });

  it('12 customers at once for one time at a 2-stylist shop: two 201s (one per stylist), the rest 409, jobs and GETs agree', async () => {
    const { shop, service, staff } = await makeBookableShop(api.database.db, { staffCount: 2 });
    const names = Array.from({ length: 12 }, (_, i) => `any-driver-${i}`);
    const tokens = await Promise.all(names.map((name) => api.tokenFor(name, { role: 'customer' })));
    const answers = await Promise.all(tokens.map((token) =>
      typed.client.bookings.create({ body: { shopId: shop.id, serviceId: service.id, start: START }, extraHeaders: typed.as(token) })));
    const created = answers.flatMap((answer, i) => (answer.status === 201 ? [{ body: answer.body, token: tokens[i]! }] : []));
    expect(created.map((one) => one.body.staff.id).sort()).toEqual(staff.map((member) => member.id).sort());
    const lost = answers.filter((answer) => answer.status !== 201);
    expect(lost.map((answer) => [answer.status, answer.body])).toEqual(lost.map(() => [409, errorEnvelope('slot_unavailable')]));
    const rows = await api.database.db.select({ id: bookings.id }).from(bookings).where(eq(bookings.shopId, shop.id));
    const jobs = await executePrepared<{ id: string }>(api.database.db, sql`
      select data->>'bookingId' as id from pgboss.job where name = 'booking-changed'
        and data->>'bookingId' in (select id::text from bookings where shop_id = ${shop.id})`);
    expect([rows.length, jobs.length]).toEqual([2, 2]);
    for (const one of created) {
      const read = await typed.client.bookings.get({ params: { id: one.body.id }, extraHeaders: typed.as(one.token) });
      expect([read.status, read.body]).toEqual([200, one.body]);
    }
  });
});
