import { BOOKING_NOW, makeBookableShop } from '@salon/booking/testing';
import { customerContract } from '@salon/contracts-customer';
import { createDatabase, executePrepared, sql, subscriptions, type DatabaseHandle } from '@salon/db';
import { describeThroughPgBouncer, describeWithPostgres, type TestDatabaseOptions } from '@salon/db/testing';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createCustomerApp } from '../app';

// One Premium customer fires bookings down every path at once (one trip with and without a stylist,
// Idempotency-Key, a two-line visit) on a small pool while their plan falls to Free (2 a month).
// They already hold 2 bookings this month, so no booking may be written once the downgrade is
// visible to it: a test trigger records any insert that sees the customer without a live Premium
// subscription. Never a 5xx, never such an insert, no transaction left open. And without a
// downgrade, its one-trip bookings share the billing lock: 50 at once all go in.
const at = (minutes: number) => new Date(Date.parse('2026-12-02T09:00:00.000Z') + minutes * 60_000).toISOString();

function stormTests(database: () => TestDatabaseOptions) {
  let api: TestApi;
  let admin: DatabaseHandle;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
  beforeAll(async () => {
    api = await createTestApi(createCustomerApp, { now: () => BOOKING_NOW, database: database() });
    admin = await createDatabase({ url: api.database.url!, maxConnections: 3 });
    typed = await startTypedClient(api, customerContract);
    await admin.db.execute(sql.raw(`
      create table storm_violations (booking_id uuid);
      create function storm_check() returns trigger language plpgsql as $$ begin
        if not exists (select 1 from subscriptions s join customers c on c.user_id = s.user_id
                       where c.id = new.customer_id and s.audience = 'customer' and s.status = 'active') then
          insert into storm_violations values (new.id);
        end if;
        return new;
      end $$;
      create trigger storm_check before insert on bookings for each row execute function storm_check();`));
  });
  afterAll(async () => {
    await typed?.close();
    await admin?.close();
    await api?.close();
  });

  it('50 one-trip bookings of one Premium customer go in together: all done while the billing lock is held shared elsewhere', async () => {
    const { shop, service } = await makeBookableShop(api.database.db, { staffCount: 3 });
    const token = await api.tokenFor('storm-together', { role: 'customer' });
    const me = await request(api.app).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
    await api.database.db.insert(subscriptions).values({ userId: me.body.id, audience: 'customer', planId: 'customer_premium', status: 'active', stripeSubscriptionId: 'sub_storm_together' });
    // A booking needing the lock exclusively would wait for this transaction, which waits for all 50.
    const statuses = await admin.db.transaction(async (other) => {
      await other.execute(sql`select pg_advisory_xact_lock_shared(1011, hashtext(${me.body.id}::text))`);
      const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => typed.client.bookings.create({
        body: { shopId: shop.id, serviceId: service.id, start: at(30 * (i % 10)) }, headers: {}, extraHeaders: typed.as(token),
      })));
      return answers.map((answer) => answer.status);
    });
    // 10 starts × 3 stylists.
    expect([statuses.filter((status) => status === 201).length, statuses.filter((status) => status === 409).length]).toEqual([30, 20]);
  }, 60_000);

  it.each([30, 60, 90, 150])('downgrade after %i ms: only 201, 403 or 409, and nothing written past the downgrade', async (delay) => {
    const { shop, service, staff } = await makeBookableShop(api.database.db, { staffCount: 3 });
    const token = await api.tokenFor(`storm-${delay}`, { role: 'customer' });
    const me = await request(api.app).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
    await api.database.db.insert(subscriptions).values({ userId: me.body.id, audience: 'customer', planId: 'customer_premium', status: 'active', stripeSubscriptionId: `sub_storm_${delay}` });
    const book = (i: number, key?: string) => {
      const kind = i % 4;
      const body = kind === 2
        ? { shopId: shop.id, start: at(30 * (i % 12)), lines: [{ serviceId: service.id }, { serviceId: service.id }] }
        : { shopId: shop.id, serviceId: service.id, start: at(30 * (i % 12)), ...(kind === 3 && { staffId: staff[i % 3]!.id }) };
      return typed.client.bookings.create({ body, headers: key === undefined ? {} : { 'idempotency-key': key }, extraHeaders: typed.as(token) });
    };
    expect([(await book(100)).status, (await book(101)).status]).toEqual([201, 201]);
    const answers = Array.from({ length: 40 }, (_, i) => book(i, i % 4 === 1 ? `storm-${delay}-${i}` : undefined));
    await new Promise((resolve) => setTimeout(resolve, delay));
    await admin.db.transaction(async (billing) => {
      await billing.execute(sql`select pg_advisory_xact_lock(1011, hashtext(${me.body.id}::text))`);
      await billing.execute(sql`update subscriptions set status = 'expired' where user_id = ${me.body.id}`);
    });
    const all = await Promise.all(answers);
    const statuses = all.map((answer) => answer.status);
    expect(statuses.filter((status) => ![201, 403, 409].includes(status))).toEqual([]);
    expect(await executePrepared(admin.db, sql`select booking_id from storm_violations`)).toEqual([]);
    expect(await executePrepared(admin.db, sql`
      select pid from pg_stat_activity where datname = current_database() and state like 'idle in transaction%' and pid <> pg_backend_pid()`)).toEqual([]);
  }, 60_000);
}

describeWithPostgres('a storm of one Premium customer\'s bookings across a downgrade (PostgreSQL, pool of 4)', () => {
  stormTests(() => ({ maxConnections: 4 }));
});

describeThroughPgBouncer('a storm of one Premium customer\'s bookings across a downgrade (pgBouncer, transaction mode)', { serverPoolSize: 3 }, (connectThrough) => {
  stormTests(() => ({ poolMode: 'transaction', maxConnections: 12, connectThrough }));
});
