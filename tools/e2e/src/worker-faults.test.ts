import { sql, type DatabaseHandle } from '@salon/db';
import { createTestDatabase, describeWithPostgres } from '@salon/db/testing';
import { startSendGridTestServer, type ReceivedEmail, type SendGridTestServer } from '@salon/notifications/testing';
import { spawnWorker } from '@salon/runtime/testing';
import { makeOpenShop, slotAt, startApis, testEnv, waitFor } from './stack';

// Done-when of issue 10, faults: crashes, two workers, a provider outage, a refused message.
describeWithPostgres('delivery under faults (worker processes on PostgreSQL)', () => {
  let database: DatabaseHandle;
  let sendGrid: SendGridTestServer;
  let apis: Awaited<ReturnType<typeof startApis>>;
  let workerEnv: Record<string, string>;
  let hoursAhead = 24;
  beforeAll(async () => {
    database = await createTestDatabase({ maxConnections: 25 });
    sendGrid = await startSendGridTestServer();
    const env = testEnv(sendGrid.url, { JOB_EXPIRE_SECONDS: '10', JOB_BATCH_SIZE: '10' });
    apis = await startApis(database, env);
    workerEnv = { ...env, DATABASE_URL: database.url! };
  }, 120_000);
  afterAll(async () => {
    await apis?.close();
    await sendGrid?.close();
    await database?.close();
  });

  /** Books `count` distinct slots in a fresh shop, 20 requests in flight at a time; returns the booking ids. */
  async function bookMany(count: number): Promise<string[]> {
    const { shop, service } = await makeOpenShop(database.db);
    const tokens = await Promise.all(Array.from({ length: 10 }, (_, i) => apis.token(`load${i}`, 'customer')));
    const first = hoursAhead;
    hoursAhead += Math.ceil(count / 4) + 2;
    const ids: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        for (let n = next++; n < count; n = next++) {
          const res = await apis.customer('POST', '/bookings', tokens[n % tokens.length]!, { shopId: shop.id, serviceId: service.id, start: slotAt(first, n) });
          if (res.status !== 201) throw new Error(`booking ${n}: ${res.status} ${JSON.stringify(res.body)}`);
          ids.push(res.body['id'] as string);
        }
      }),
    );
    return ids;
  }

  const about = (ids: string[]) => {
    const wanted = new Set(ids);
    return sendGrid.received.filter((m) => wanted.has(m.customArgs['bookingId'] ?? ''));
  };
  const distinctKeys = (emails: ReceivedEmail[]) => new Set(emails.map((m) => m.customArgs['messageKey'])).size;
  const allDelivered = (ids: string[], timeoutMs = 90_000) =>
    waitFor(() => (distinctKeys(about(ids)) >= ids.length * 2 ? true : undefined), `${ids.length * 2} emails`, timeoutMs);

  it('200 bookings in flight, the worker SIGKILLed twice and restarted: every email delivered, duplicates ≤ kills', async () => {
    let worker = await spawnWorker(workerEnv);
    const booking = bookMany(200);
    const kills = [40, 200];
    for (const atEmails of kills) {
      await waitFor(() => (sendGrid.received.length >= atEmails ? true : undefined), `${atEmails} emails before a kill`, 90_000);
      await worker.stop('SIGKILL');
      worker = await spawnWorker(workerEnv);
    }
    const ids = await booking;
    await allDelivered(ids, 120_000);
    await worker.stop('SIGTERM');
    const emails = about(ids);
    expect(distinctKeys(emails)).toBe(400);
    expect(emails.length - 400).toBeLessThanOrEqual(kills.length);
  }, 300_000);

  it('SIGTERM lets the email in hand finish (recorded, not repeated), then the process exits', async () => {
    const worker = await spawnWorker(workerEnv);
    const { shop, service } = await makeOpenShop(database.db);
    sendGrid.delayAnswers(1_500);
    const booked = await apis.customer('POST', '/bookings', await apis.token('term', 'customer'), { shopId: shop.id, serviceId: service.id, start: slotAt(hoursAhead) });
    const id = booked.body['id'] as string;
    // A send about this booking, not any send: a late retry from the kill test must not count.
    await waitFor(() => (sendGrid.started.some((m) => m.customArgs['bookingId'] === id) ? true : undefined), 'the first send about the booking to start');
    await worker.stop('SIGTERM');
    sendGrid.delayAnswers(0);
    const [inHand] = about([id]);
    expect(inHand).toBeDefined(); // answered after the SIGTERM, and the worker waited for it
    const recorded = (await database.db.execute(sql`select key from sent_messages where booking_id = ${id}`)) as unknown as Array<{ key: string }>;
    expect(recorded.map((row) => row.key)).toEqual([inHand!.customArgs['messageKey']]);
    const next = await spawnWorker(workerEnv);
    await allDelivered([id]);
    await next.stop('SIGTERM');
    expect(about([id])).toHaveLength(2);
  }, 120_000);

  it('two workers side by side: every email once', async () => {
    const workers = await Promise.all([spawnWorker(workerEnv), spawnWorker(workerEnv)]);
    const ids = await bookMany(100);
    await allDelivered(ids);
    await Promise.all(workers.map((w) => w.stop('SIGTERM')));
    expect(about(ids)).toHaveLength(200);
  }, 180_000);

  it('SendGrid answering 503 for 10 s: everything is delivered afterwards', async () => {
    const worker = await spawnWorker(workerEnv);
    const refusedBefore = sendGrid.refusedCount();
    sendGrid.refuseFor(503, 10_000);
    const ids = await bookMany(20);
    await allDelivered(ids, 90_000);
    await worker.stop('SIGTERM');
    expect(sendGrid.refusedCount()).toBeGreaterThan(refusedBefore);
    expect(about(ids)).toHaveLength(40);
  }, 180_000);

  it('a 400 from SendGrid: that message is dead-lettered and never retried; the other recipient still gets theirs', async () => {
    const worker = await spawnWorker(workerEnv);
    let refusals = 0;
    sendGrid.refuse((mail) => (mail.to === 'bounce@example.test' ? (refusals += 1, 400) : undefined));
    const { shop, service } = await makeOpenShop(database.db);
    const booked = await apis.customer('POST', '/bookings', await apis.token('bounce', 'customer'), { shopId: shop.id, serviceId: service.id, start: slotAt(hoursAhead) });
    const id = booked.body['id'] as string;
    await waitFor(() => (about([id]).length === 1 ? true : undefined), 'the shop email');
    const deadLetters = await waitFor(async () => {
      const rows = (await database.db.execute(sql`select data, output from pgboss.job where name = 'dead-letters' and data->>'bookingId' = ${id}`)) as unknown as unknown[];
      return rows.length > 0 ? rows : undefined;
    }, 'the dead letter');
    // Past several retry delays (2 s, 4 s…): a retried message would have been refused again by now.
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    await worker.stop('SIGTERM');
    sendGrid.refuse(() => undefined);
    expect(refusals).toBe(1);
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0]).toMatchObject({ data: { recipient: 'customer' }, output: { isPermanent: true, queue: 'send-booking-email' } });
    expect(about([id]).map((m) => m.to)).toEqual(['desk@nina.test']);
  }, 120_000);
});
