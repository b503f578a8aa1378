import { BOOKING_NOW, makeBookableShop } from '@salon/booking/testing';
import { liftPlanLimits } from '@salon/billing/testing';
import { customerContract } from '@salon/contracts-customer';
import { bookings, createDatabase, eq, executePrepared, sql, type DatabaseHandle } from '@salon/db';
import { describeWithPostgres, type TestDatabaseOptions } from '@salon/db/testing';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';

// POST /bookings on its one-trip path (an unlimited plan, no Idempotency-Key: the slot read on a
// reserved connection, then BEGIN, writes, read and COMMIT in one write) attacked as an operator
// would: a pool of 2 connections, 50 requests at once, and backends killed mid-booking.
const at = (hour: number, minute = 0) => `2026-12-02T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
type Body = { shopId: string; serviceId: string; start: string; staffId?: string };

/** A customer-api on a pool of 2 and the operator's own connections (a lock held open, pg_terminate_backend). */
function useApi(database: TestDatabaseOptions) {
  const it = {} as { api: TestApi; admin: DatabaseHandle; typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>> };
  beforeAll(async () => {
    it.api = await createTestApi(createCustomerApp, { now: () => BOOKING_NOW, database: { ...database, maxConnections: 2 } });
    await liftPlanLimits(it.api.database.db);
    it.admin = await createDatabase({ url: it.api.database.url!, maxConnections: 2 });
    it.typed = await startTypedClient(it.api, customerContract);
  });
  afterAll(async () => {
    await it.typed?.close();
    await it.admin?.close();
    await it.api?.close();
  });
  const book = async (name: string, body: Body, key?: string) =>
    it.typed.client.bookings.create({ body, headers: key === undefined ? {} : { 'idempotency-key': key }, extraHeaders: it.typed.as(await it.api.tokenFor(name, { role: 'customer' })) });
  const jobsOf = async (shopId: string) => (await executePrepared<{ id: string }>(it.admin.db, sql`
    select j.data->>'bookingId' as id from pgboss.job j
    where j.name = 'booking-changed' and j.data->>'bookingId' in (select b.id::text from bookings b where b.shop_id = ${shopId})`)).map((row) => row.id);
  const openTransactions = async () => executePrepared<{ pid: number }>(it.admin.db, sql`
    select pid from pg_stat_activity where datname = current_database() and state like 'idle in transaction%' and pid <> pg_backend_pid()`);
  return { it, book, jobsOf, openTransactions };
}

describeWithPostgres('POST /bookings one trip: 50 requests on a pool of 2 (PostgreSQL)', () => {
  const { it: the, book, jobsOf, openTransactions } = useApi({});

  it('no deadlock, only 201 or 409, one booking-changed job per booking, each answer equals its GET', async () => {
    const { shop, service } = await makeBookableShop(the.api.database.db, { staffCount: 3 });
    // 10 starts × 5 customers each, "anyone": 3 bookings a start (one per stylist), 2 × 409.
    const bodies = Array.from({ length: 50 }, (_, i) => ({ shopId: shop.id, serviceId: service.id, start: at(9 + Math.floor((i % 10) / 2), (i % 2) * 30) }));
    const answers = await Promise.all(bodies.map((body, i) => book(`pool-${i}`, body)));
    expect(answers.filter((answer) => answer.status !== 201 && answer.status !== 409).map((answer) => [answer.status, answer.body])).toEqual([]);
    const created = answers.flatMap((answer, i) => (answer.status === 201 ? [{ body: answer.body, name: `pool-${i}` }] : []));
    expect(created).toHaveLength(30);
    const rows = await the.api.database.db.select().from(bookings).where(eq(bookings.shopId, shop.id));
    expect(rows.map((row) => row.id).sort()).toEqual(created.map((one) => one.body.id).sort());
    expect((await jobsOf(shop.id)).sort()).toEqual(created.map((one) => one.body.id).sort());
    for (const one of created) {
      const read = await the.typed.client.bookings.get({ params: { id: one.body.id }, extraHeaders: the.typed.as(await the.api.tokenFor(one.name, { role: 'customer' })) });
      expect([read.status, read.body]).toEqual([200, one.body]);
    }
    expect(await openTransactions()).toEqual([]);
  }, 60_000);
});

// The booking's INSERT is made to wait on a table lock, its backend is killed, the lock let go:
// that request must answer (a 5xx), and the process and its pool must serve every booking after.
// `session`: warm named statements, all answered CONNECTION_CLOSED, then the dead connection was
// released into the pool (the next query on it threw from a timer: the process died). `transaction`:
// unnamed statements are described first, so COMMIT was still queued when the connection closed and
// was never answered: the request hung. With an Idempotency-Key the booking takes the transaction
// path (drizzle's transaction, postgres.js's begin()): its ROLLBACK is written to the dead
// connection and throws from the same timer, uncaught. That one still fails (postgres.js).
const killCases = [['session', 'one trip'], ['transaction', 'one trip'], ['session', 'Idempotency-Key']] as const;
for (const [poolMode, path] of killCases) {
  describeWithPostgres(`POST /bookings ${path}: a backend killed mid-booking, pool mode ${poolMode} (PostgreSQL)`, () => {
    const { it: the, book: bookOnce, jobsOf, openTransactions } = useApi({ poolMode });
    let keys = 0;
    const book = (name: string, body: Body) => bookOnce(name, body, path === 'one trip' ? undefined : `kill-${(keys += 1)}`);

    it('three rounds: the killed request answers 5xx, the next four book, nothing is left open', async () => {
      const { shop, service, staff } = await makeBookableShop(the.api.database.db);
      // Round r: the victim and four more in 30-minute slots of their own (09:00–16:30, 30-minute service).
      const body = (slot: number) => ({ shopId: shop.id, serviceId: service.id, start: at(9 + Math.floor(slot / 2), (slot % 2) * 30), staffId: staff[0]!.id });
      for (const round of [0, 1, 2]) {
        let victim: Promise<{ status: number }> | undefined;
        await the.admin.db.transaction(async (tx) => {
          // Reads go on (the slot check passes); the booking's INSERT waits for this lock.
          await tx.execute(sql`lock table bookings in exclusive mode`);
          victim = book(`victim-${round}`, body(round * 5));
          let pids: { pid: number }[] = [];
          for (let tries = 0; pids.length === 0 && tries < 200; tries += 1) {
            await new Promise((resolve) => setTimeout(resolve, 25));
            pids = await executePrepared<{ pid: number }>(the.admin.db, sql`
              select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`);
          }
          expect(pids).toHaveLength(1);
          await executePrepared(the.admin.db, sql`select pg_terminate_backend(${pids[0]!.pid})`);
        });
        expect((await victim!).status).toBeGreaterThanOrEqual(500);
        // postgres.js (3.4.9) may answer the first query on the reconnected connection with the dead
        // one's FATAL 57P01 (its last error outlives the socket): one retryable 503, retried here.
        const later = [];
        let unavailable = 0;
        for (const slot of [1, 2, 3, 4]) {
          let answer = await book(`after-${round}-${slot}`, body(round * 5 + slot));
          if (answer.status === 503) [unavailable, answer] = [unavailable + 1, await book(`after-${round}-${slot}`, body(round * 5 + slot))];
          later.push(answer.status);
        }
        expect([later, unavailable <= 1]).toEqual([[201, 201, 201, 201], true]);
      }
      expect(await the.api.database.db.select({ id: bookings.id }).from(bookings).where(eq(bookings.shopId, shop.id))).toHaveLength(12);
      expect(await jobsOf(shop.id)).toHaveLength(12);
      expect(await openTransactions()).toEqual([]);
    }, 30_000);
  });
}
