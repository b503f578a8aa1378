import { type DatabaseHandle } from '@salon/db';
import { createTestDatabase, describeWithPostgres } from '@salon/db/testing';
import { startSendGridTestServer, type SendGridTestServer } from '@salon/notifications/testing';
import { emailsAbout, inviteOf } from './emails';
import { makeOpenShop, slotAt, startApis, startWorkerInProcess, testEnv, waitFor } from './stack';

// Done-when of issue 10, through the APIs on PostgreSQL: each booking change reaches the customer
// and the shop once, with an invite whose UID stays and whose SEQUENCE grows.
describeWithPostgres('booking emails through the APIs', () => {
  let database: DatabaseHandle;
  let sendGrid: SendGridTestServer;
  let apis: Awaited<ReturnType<typeof startApis>>;
  let worker: Awaited<ReturnType<typeof startWorkerInProcess>>;
  let shop: Awaited<ReturnType<typeof makeOpenShop>>;
  beforeAll(async () => {
    database = await createTestDatabase({ maxConnections: 20 });
    sendGrid = await startSendGridTestServer();
    const env = testEnv(sendGrid.url);
    apis = await startApis(database, env);
    worker = await startWorkerInProcess(database, env);
    shop = await makeOpenShop(database.db);
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await apis?.close();
    await sendGrid?.close();
    await database?.close();
  });

  const emailsFor = (bookingId: string, count: number) =>
    waitFor(() => {
      const emails = emailsAbout(sendGrid.received, bookingId);
      return emails.length >= count ? emails : undefined;
    }, `${count} emails about ${bookingId}`);

  it('book → one confirmation to the customer and one to the shop; move → same UID, higher SEQUENCE; cancel → METHOD:CANCEL', async () => {
    const sam = await apis.token('sam', 'customer');
    const start = slotAt(48);
    const booked = await apis.customer('POST', '/bookings', sam, { shopId: shop.shop.id, serviceId: shop.service.id, start });
    expect(booked.status).toBe(201);
    const id = booked.body['id'] as string;

    const confirmations = await emailsFor(id, 2);
    expect(confirmations.map((m) => m.to).sort()).toEqual(['desk@nina.test', 'sam@example.test']);
    for (const email of confirmations) {
      expect(inviteOf(email)).toEqual({ uid: `${id}@salon`, sequence: 1, start, method: 'REQUEST' });
      expect(email.categories).toEqual(['booking_confirmed']);
      expect(email.customArgs).toMatchObject({ kind: 'booking_confirmed', bookingId: id });
      expect(email.text).toContain('Nina Hair Soho');
      expect(email.text).toContain('12 Greek Street');
      expect(email.text).toContain('Cut & Finish');
      expect(email.text).toContain('Ana Costa');
      expect(email.text).toMatch(/\d{2}:\d{2} (GMT|BST)/);
    }

    const later = slotAt(50);
    const moved = await apis.customer('PUT', `/bookings/${id}`, sam, { start: later });
    expect(moved.status).toBe(200);
    const updates = (await emailsFor(id, 4)).slice(2);
    expect(updates.map((m) => inviteOf(m))).toEqual([
      { uid: `${id}@salon`, sequence: 2, start: later, method: 'REQUEST' },
      { uid: `${id}@salon`, sequence: 2, start: later, method: 'REQUEST' },
    ]);
    expect(updates[0]!.subject).toMatch(/^Moved:/);

    const cancelled = await apis.customer('DELETE', `/bookings/${id}/cancel`, sam, {});
    expect(cancelled.status).toBe(200);
    const cancellations = (await emailsFor(id, 6)).slice(4);
    expect(cancellations.map((m) => [inviteOf(m).method, inviteOf(m).sequence, inviteOf(m).uid])).toEqual([
      ['CANCEL', 3, `${id}@salon`],
      ['CANCEL', 3, `${id}@salon`],
    ]);
    expect(cancellations.find((m) => m.to === 'desk@nina.test')!.text).toContain('cancelled by sam');
  }, 90_000);

  it('a booking that lost the race and rolled back sends nothing; the winner gets exactly two', async () => {
    const start = slotAt(72);
    const tokens = await Promise.all(['rita', 'raul', 'rosa', 'remy'].map((name) => apis.token(name, 'customer')));
    const results = await Promise.all(
      tokens.map((t) => apis.customer('POST', '/bookings', t, { shopId: shop.shop.id, serviceId: shop.service.id, staffId: shop.stylist.id, start })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const winner = results.find((r) => r.status === 201)!.body['id'] as string;
    await emailsFor(winner, 2);
    await waitFor(async () => {
      const stats = await worker.queue.stats();
      const busy = ['booking-changed', 'send-booking-email'].some((q) => (stats[q]?.created ?? 0) + (stats[q]?.active ?? 0) + (stats[q]?.retry ?? 0) > 0);
      return busy ? undefined : true;
    }, 'the queues to drain');
    const toRacers = sendGrid.received.filter((m) => /^r\w+@example\.test$/.test(m.to));
    expect(toRacers).toHaveLength(1);
    expect(emailsAbout(sendGrid.received, winner)).toHaveLength(2);
  }, 90_000);

  it('pending approval, then approved by the owner, each to both; the customer sees their own zone too', async () => {
    const approvalShop = await makeOpenShop(database.db, { requiresApproval: true });
    const kai = await apis.token('kai', 'customer');
    expect((await apis.customer('PUT', '/customers/me', kai, { preferredTimeZone: 'America/New_York' })).status).toBe(200);
    const booked = await apis.customer('POST', '/bookings', kai, { shopId: approvalShop.shop.id, serviceId: approvalShop.service.id, start: slotAt(30) });
    expect(booked.status).toBe(201);
    const id = booked.body['id'] as string;
    const pending = await emailsFor(id, 2);
    expect(pending.map((m) => m.customArgs['kind'])).toEqual(['booking_pending', 'booking_pending']);
    const toKai = pending.find((m) => m.to === 'kai@example.test')!;
    expect(toKai.text).toMatch(/When: .+ (GMT|BST)\nYour time: .+ (EST|EDT)/);

    const ownerToken = await apis.token('owner', 'owner', approvalShop.ownerSub);
    expect((await apis.owner('PUT', `/bookings/${id}`, ownerToken, { status: 'confirmed' })).status).toBe(200);
    const approved = (await emailsFor(id, 4)).slice(2);
    expect(approved.map((m) => [m.customArgs['kind'], inviteOf(m).sequence])).toEqual([
      ['booking_approved', 2],
      ['booking_approved', 2],
    ]);
  }, 90_000);
});
