import { BOOKING_NOW, makeBookableShop } from '@salon/booking/testing';
import { customerContract } from '@salon/contracts-customer';
import { bookings, createDatabase, eq, executePrepared, sql, subscriptions, type Database, type DatabaseHandle } from '@salon/db';
import { describeWithPostgres } from '@salon/db/testing';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createCustomerApp } from '../app';

// A Premium customer (no monthly limit) books while their plan falls to Free (2 a month). Such a
// booking counts nothing and goes in one trip; it holds the billing lock shared and re-checks the
// plan under it (unlimitedBookingGuard), so a downgrade either waits for it (and a booking after
// the downgrade counts it) or, having committed first, sends it down the counting path. Either way
// Free's 2 a month is never exceeded. (Before the guard: 3 in the first case, 3 in the second.)
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
  const premiumCustomer = async (name: string) => {
    const { shop, service } = await makeBookableShop(api.database.db);
    const token = await api.tokenFor(name, { role: 'customer' });
    const me = await request(api.app).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
    await api.database.db.insert(subscriptions).values({ userId: me.body.id, audience: 'customer', planId: 'customer_premium', status: 'active', stripeSubscriptionId: `sub_${name}` });
    const book = (hour: number, idempotencyKey?: string) => typed.client.bookings.create({
      body: { shopId: shop.id, serviceId: service.id, start: at(hour) },
      headers: idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }, extraHeaders: typed.as(token),
    });
    const bookingCount = async () => (await api.database.db.select({ id: bookings.id }).from(bookings).where(eq(bookings.customerId, me.body.customer.id))).length;
    // The downgrade as the billing webhook applies it: under the customer's billing lock.
    const downgradeIn = async (billing: Database) => {
      await billing.execute(sql`select pg_advisory_xact_lock(1011, hashtext(${me.body.id}::text))`);
      await billing.update(subscriptions).set({ status: 'expired' }).where(eq(subscriptions.userId, me.body.id));
    };
    return { book, bookingCount, downgradeIn };
  };

  // With an Idempotency-Key the booking takes the transaction path: assertCanBook's lock, then its plan read.
  it.each([['one trip', undefined], ['an Idempotency-Key', 'key-in-flight']])('a downgrade waits for the booking in flight (%s), and the booking after it counts that one', async (_path, key) => {
    const customer = await premiumCustomer(`in-flight-${key ?? 'one-trip'}`);
    expect((await customer.book(9)).status).toBe(201);
    let inFlight: ReturnType<typeof customer.book> | undefined;
    let afterDowngrade: ReturnType<typeof customer.book> | undefined;
    let downgraded: Promise<void> | undefined;
    await admin.db.transaction(async (tx) => {
      // Every booking's INSERT waits here; reads and locks go on.
      await tx.execute(sql`lock table bookings in exclusive mode`);
      inFlight = customer.book(10, key);
      await waitingOnLocks(1);
      // Not awaited here: it waits for the booking in flight, which waits for this transaction.
      downgraded = admin.db.transaction((billing) => customer.downgradeIn(billing));
      afterDowngrade = downgraded.then(() => customer.book(11));
      await waitingOnLocks(2);
    });
    await downgraded;
    expect([(await inFlight!).status, (await afterDowngrade!).status, await customer.bookingCount()]).toEqual([201, 403, 2]);
  }, 30_000);

  it('a booking that read Premium just before the downgrade committed is counted against Free', async () => {
    const customer = await premiumCustomer('stale-read');
    expect([(await customer.book(12)).status, (await customer.book(13)).status]).toEqual([201, 201]);
    let inFlight: ReturnType<typeof customer.book> | undefined;
    await admin.db.transaction(async (billing) => {
      await customer.downgradeIn(billing);
      // Its plan read sees Premium (the downgrade is not committed); its transaction waits for the lock.
      inFlight = customer.book(14);
      await waitingOnLocks(1);
    });
    const answer = await inFlight!;
    expect([answer.status, (answer.body as { error?: { code?: string } }).error?.code, await customer.bookingCount()]).toEqual([403, 'plan_limit_reached', 2]);
  }, 30_000);
});
