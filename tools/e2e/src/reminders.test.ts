import { sql, type DatabaseHandle } from '@salon/db';
import { createTestDatabase, describeWithPostgres } from '@salon/db/testing';
import { startSendGridTestServer, type SendGridTestServer } from '@salon/notifications/testing';
import { emailsAbout, inviteOf } from './emails';
import { makeOpenShop, slotAt, startApis, startWorkerInProcess, testEnv, waitFor } from './stack';

// Reminders at start − REMINDER_LEAD_MINUTES, tested with a lead chosen so that moment is seconds away
// (not a day's sleep): once, to the customer only; none once cancelled; a move's reminder follows it.
describeWithPostgres('booking reminders', () => {
  let database: DatabaseHandle;
  let sendGrid: SendGridTestServer;
  let apis: Awaited<ReturnType<typeof startApis>>;
  let shop: Awaited<ReturnType<typeof makeOpenShop>>;
  let env: Record<string, string>;
  beforeAll(async () => {
    database = await createTestDatabase({ maxConnections: 20 });
    sendGrid = await startSendGridTestServer();
    env = testEnv(sendGrid.url);
    apis = await startApis(database, env);
    shop = await makeOpenShop(database.db);
  }, 120_000);
  afterAll(async () => {
    await apis?.close();
    await sendGrid?.close();
    await database?.close();
  });

  /** A worker whose lead puts the reminder of a booking at `start` `inMs` from now. */
  const workerRemindingIn = (start: string, inMs: number) =>
    startWorkerInProcess(database, { ...env, REMINDER_LEAD_MINUTES: String((Date.parse(start) - Date.now() - inMs) / 60_000) });
  const remindersAbout = (id: string) => emailsAbout(sendGrid.received, id).filter((m) => m.customArgs['kind'] === 'booking_reminder');
  const reminderJobsDone = (id: string, count: number) =>
    waitFor(async () => {
      const rows = (await database.db.execute(
        sql`select 1 from pgboss.job where name = 'send-booking-reminder' and data->>'bookingId' = ${id} and state = 'completed'`,
      )) as unknown as unknown[];
      return rows.length >= count ? true : undefined;
    }, `${count} reminder jobs of ${id} to run`);
  const book = async (token: string, start: string) => {
    const res = await apis.customer('POST', '/bookings', token, { shopId: shop.shop.id, serviceId: shop.service.id, start });
    expect(res.status).toBe(201);
    return res.body['id'] as string;
  };

  it('fires once, at start − lead, to the customer only', async () => {
    const start = slotAt(30);
    // Seconds of slack: the booking must be committed before its reminder is due, even on a loaded machine.
    const worker = await workerRemindingIn(start, 10_000);
    const remindAt = Date.now() + 10_000;
    try {
      const id = await book(await apis.token('rem1', 'customer'), start);
      const [reminder] = await waitFor(() => (remindersAbout(id).length > 0 ? remindersAbout(id) : undefined), 'the reminder');
      expect(reminder!.receivedAt.getTime()).toBeGreaterThanOrEqual(remindAt - 1_000);
      expect(reminder!.to).toBe('rem1@example.test');
      expect(inviteOf(reminder!).start).toBe(start);
      await reminderJobsDone(id, 1);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(remindersAbout(id)).toHaveLength(1);
    } finally {
      await worker.close();
    }
  }, 60_000);

  it('none for a booking made inside the lead, and none once cancelled', async () => {
    const start = slotAt(31);
    const worker = await workerRemindingIn(start, 12_000);
    try {
      const token = await apis.token('rem2', 'customer');
      const cancelled = await book(token, start);
      expect((await apis.customer('DELETE', `/bookings/${cancelled}/cancel`, token, {})).status).toBe(200);
      const inside = await book(token, slotAt(30, 1)); // starts before the lead's horizon
      await waitFor(() => (emailsAbout(sendGrid.received, cancelled).length === 4 ? true : undefined), 'booked + cancelled emails');
      await reminderJobsDone(cancelled, 1);
      await waitFor(() => (emailsAbout(sendGrid.received, inside).length === 2 ? true : undefined), 'the inside booking');
      expect(remindersAbout(cancelled)).toHaveLength(0);
      const scheduled = (await database.db.execute(sql`select 1 from pgboss.job where name = 'send-booking-reminder' and data->>'bookingId' = ${inside}`)) as unknown as unknown[];
      expect(scheduled).toHaveLength(0);
    } finally {
      await worker.close();
    }
  }, 60_000);

  it("a moved booking's reminder follows it: the old one sends nothing, the new one fires once for the new start", async () => {
    const start = slotAt(32);
    const later = slotAt(32, 1);
    const worker = await workerRemindingIn(start, 12_000);
    try {
      const token = await apis.token('rem3', 'customer');
      const id = await book(token, start);
      expect((await apis.customer('PUT', `/bookings/${id}`, token, { start: later })).status).toBe(200);
      await reminderJobsDone(id, 1); // the old start's, skipped
      expect(remindersAbout(id)).toHaveLength(0);
      // The new one is due 15 minutes later than the old was; bring that moment forward instead of waiting.
      const moved = (await database.db.execute(
        sql`update pgboss.job set start_after = now() where name = 'send-booking-reminder' and data->>'startsAt' = ${later} and data->>'bookingId' = ${id} and state = 'created' returning 1`,
      )) as unknown as unknown[];
      expect(moved).toHaveLength(1);
      const [reminder] = await waitFor(() => (remindersAbout(id).length > 0 ? remindersAbout(id) : undefined), 'the moved reminder');
      expect(inviteOf(reminder!)).toMatchObject({ start: later, sequence: 2 });
      await reminderJobsDone(id, 2);
      expect(remindersAbout(id)).toHaveLength(1);
    } finally {
      await worker.close();
    }
  }, 60_000);
});
