import { BOOKING_NOW, makeBookableShop } from '@salon/booking/testing';
import { customerContract } from '@salon/contracts-customer';
import { bookings, createDatabase, eq, executePrepared, sql, subscriptions, type DatabaseHandle } from '@salon/db';
import { describeWithPostgres } from '@salon/db/testing';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createCustomerApp } from '../app';

// A Premium customer (no monthly limit) books while their plan falls to Free (2 a month). The
// booking that read Premium takes no lock and counts nothing (assertCanBook and, since the one-trip
// change, hasBookingLimit outside the transaction), so it is in flight while the downgrade commits
// under the billing lock. assertCanBook says such a booking is ordered before the change "as if
// made a moment earlier"; then a booking made after the downgrade must count it. It does not: its
// count runs before the in-flight booking commits, and the Free customer ends the month with 3.
// Predates the one-trip change (the old path read the plan the same way); left failing.
const at = (hour: number) => `2026-12-02T${String(hour).padStart(2, '0')}:00:00.000Z`;

describeWithPostgres('a plan downgrade racing an unlimited booking (PostgreSQL)', () => {
  let api: TestApi;
  let admin: DatabaseHandle;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
  beforeAll(async () => {
    api = await createTestApi(createCustomerApp, { now: () => BOOKING_NOW, database: { maxConnections: 5 } });
    admin = await createDatabase({ url: api.database.url!, maxConnections: 3 });
    typed = await startTypedClient(api, customerContract);
  });
  afterAll(async () => {
    await typed?.close();
    await admin?.close();
    await api?.close();
  });
  const waitingOnLocks = async (count: number) => {
    for (let tries = 0; tries < 200; tries += 1) {
      const rows = await executePrepared<{ pid: number }>(admin.db, sql`
        select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`);
      if (rows.length >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`never ${count} sessions waiting on a lock`);
  };

  it('the booking after the downgrade counts the one in flight: Free (2 a month) is never exceeded', async () => {
    const { shop, service } = await makeBookableShop(api.database.db);
    const token = await api.tokenFor('downgrader', { role: 'customer' });
    const me = await request(api.app).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
    await api.database.db.insert(subscriptions).values({ userId: me.body.id, audience: 'customer', planId: 'customer_premium', status: 'active', stripeSubscriptionId: 'sub_downgrade' });
    const book = (hour: number) => typed.client.bookings.create({ body: { shopId: shop.id, serviceId: service.id, start: at(hour) }, extraHeaders: typed.as(token) });
    expect((await book(9)).status).toBe(201);
    let inFlight: ReturnType<typeof book> | undefined;
    let afterDowngrade: ReturnType<typeof book> | undefined;
    await admin.db.transaction(async (tx) => {
      // Every booking's INSERT waits here; reads go on.
      await tx.execute(sql`lock table bookings in exclusive mode`);
      inFlight = book(10);
      await waitingOnLocks(1);
      // The downgrade, as the billing webhook applies it: under the customer's billing lock.
      await admin.db.transaction(async (billing) => {
        await billing.execute(sql`select pg_advisory_xact_lock(1011, hashtext(${me.body.id}::text))`);
        await billing.update(subscriptions).set({ status: 'expired' }).where(eq(subscriptions.userId, me.body.id));
      });
      afterDowngrade = book(11);
      await waitingOnLocks(2);
    });
    const statuses = [(await inFlight!).status, (await afterDowngrade!).status];
    const mine = await api.database.db.select({ id: bookings.id }).from(bookings).where(eq(bookings.customerId, me.body.customer.id));
    expect([statuses, mine.length]).toEqual([[201, 403], 2]);
  }, 30_000);
});
