import { customerContract } from '@salon/contracts-customer';
import { and, bookingHolds, bookingLines, bookings, eq } from '@salon/db';
import { describeWithPostgres, makeOwner, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { createTestApi, errorEnvelope, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';

// Issue 13: 30 concurrent HTTP bookings into one processing gap on PostgreSQL: exactly one wins,
// and no two active holds of the stylist overlap (the exclusion constraint guards each hold).
describeWithPostgres('issue 13 races over HTTP (PostgreSQL): a processing gap, a two-stylist visit', () => {
  let api: TestApi;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
  beforeAll(async () => {
    api = await createTestApi(createCustomerApp, { now: () => new Date('2026-09-01T00:00:00Z'), database: { maxConnections: 25 } });
    typed = await startTypedClient(api, customerContract);
  });
  afterAll(async () => {
    await typed.close();
    await api.close();
  });

  it('30 clients book a 45-minute cut into a colour’s 45-minute processing gap: one 201, 29 × 409', async () => {
    const { db } = api.database;
    const owner = await makeOwner(db);
    const shop = await makeShop(db, { ownerId: owner.id, slotIntervalMinutes: 15, minNoticeMinutes: 0, maxAdvanceDays: 730 });
    const colour = await makeService(db, { shopId: shop.id, durationMinutes: 90, segments: [{ kind: 'active', minutes: 30 }, { kind: 'processing', minutes: 45 }, { kind: 'active', minutes: 15 }] });
    const cut = await makeService(db, { shopId: shop.id, durationMinutes: 45 });
    const stylist = await makeStaff(db, { shopId: shop.id, serviceIds: [colour.id, cut.id] });
    await makeWeeklyHours(db, { shopId: shop.id, rrule: 'FREQ=WEEKLY;BYDAY=MO', startLocal: '09:00', endLocal: '12:00' });
    const tokens = await Promise.all(Array.from({ length: 31 }, (_, i) => api.tokenFor(`gap-${i}`, { role: 'customer' })));
    const book = (token: string, serviceId: string, start: string) =>
      typed.client.bookings.create({ body: { shopId: shop.id, serviceId, start, staffId: stylist.id }, headers: {}, extraHeaders: typed.as(token) });
    expect(await book(tokens[30]!, colour.id, '2026-11-09T09:00:00.000Z')).toMatchObject({ status: 201 });
    const answers = await Promise.all(tokens.slice(0, 30).map((token) => book(token, cut.id, '2026-11-09T09:30:00.000Z')));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    const lost = answers.filter((answer) => answer.status !== 201);
    expect(lost).toHaveLength(29);
    for (const answer of lost) expect([answer.status, answer.body]).toEqual([409, errorEnvelope('slot_unavailable')]);
    expect(await db.select().from(bookings).where(eq(bookings.shopId, shop.id))).toHaveLength(2);
    const holds = await db.select().from(bookingHolds).where(and(eq(bookingHolds.shopId, shop.id), eq(bookingHolds.isActive, true)));
    const ranges = holds.map((hold) => [hold.during.start.getTime(), hold.during.end.getTime()] as const).sort((a, b) => a[0] - b[0]);
    expect(ranges).toHaveLength(3);
    for (let i = 1; i < ranges.length; i += 1) expect(ranges[i]![0]).toBeGreaterThanOrEqual(ranges[i - 1]![1]);
  });

  it('books cut (Ann) then colour (Bob) back to back: both lines and all holds, or nothing; 10 racing visits → one', async () => {
    const { db } = api.database;
    const owner = await makeOwner(db);
    const shop = await makeShop(db, { ownerId: owner.id, slotIntervalMinutes: 30, minNoticeMinutes: 0, maxAdvanceDays: 730 });
    const cut = await makeService(db, { shopId: shop.id, durationMinutes: 30, priceMinor: 3000 });
    const colour = await makeService(db, { shopId: shop.id, durationMinutes: 60, priceMinor: 8000 });
    const ann = await makeStaff(db, { shopId: shop.id, serviceIds: [cut.id] });
    const bob = await makeStaff(db, { shopId: shop.id, serviceIds: [colour.id] });
    await makeWeeklyHours(db, { shopId: shop.id, rrule: 'FREQ=WEEKLY;BYDAY=MO', startLocal: '09:00', endLocal: '12:00' });
    await makeWeeklyHours(db, { shopId: shop.id, staffId: bob.id, rrule: 'FREQ=WEEKLY;BYDAY=MO', startLocal: '10:00', endLocal: '12:00' });
    const tokens = await Promise.all(Array.from({ length: 12 }, (_, i) => api.tokenFor(`visit-${i}`, { role: 'customer' })));
    const lines = [{ serviceId: cut.id, staffId: ann.id }, { serviceId: colour.id }];
    const visit = (token: string, start: string, body: object = { lines }) =>
      typed.client.bookings.create({ body: { shopId: shop.id, start, ...body } as never, headers: {}, extraHeaders: typed.as(token) });
    // 09:00 local (GMT in November): the colour would start at 09:30, before Bob works.
    const tooEarly = await visit(tokens[10]!, '2026-11-09T09:00:00.000Z');
    expect([tooEarly.status, tooEarly.body]).toEqual([409, errorEnvelope('slot_unavailable')]);
    const both = await visit(tokens[11]!, '2026-11-09T09:30:00.000Z', { serviceId: cut.id, lines });
    expect(both).toMatchObject({ status: 400, body: { error: { code: 'validation_failed', details: [{ path: 'body.lines' }] } } });
    const answers = await Promise.all(tokens.slice(0, 10).map((token) => visit(token, '2026-11-09T09:30:00.000Z')));
    const won = answers.filter((answer) => answer.status === 201);
    expect(won).toHaveLength(1);
    for (const answer of answers.filter((item) => item.status !== 201)) expect([answer.status, answer.body]).toEqual([409, errorEnvelope('slot_unavailable')]);
    expect(won[0]!.body).toMatchObject({
      startsAt: '2026-11-09T09:30:00.000Z', endsAt: '2026-11-09T11:00:00.000Z', priceMinor: 11000, staff: { id: ann.id },
      lines: [
        { serviceId: cut.id, staffId: ann.id, priceMinor: 3000, durationMinutes: 30, startsAt: '2026-11-09T09:30:00.000Z', endsAt: '2026-11-09T10:00:00.000Z' },
        { serviceId: colour.id, staffId: bob.id, priceMinor: 8000, durationMinutes: 60, startsAt: '2026-11-09T10:00:00.000Z', endsAt: '2026-11-09T11:00:00.000Z' },
      ],
    });
    expect(await db.select().from(bookings).where(eq(bookings.shopId, shop.id))).toHaveLength(1);
    expect(await db.select().from(bookingLines).where(eq(bookingLines.shopId, shop.id))).toHaveLength(2);
    const holds = await db.select().from(bookingHolds).where(eq(bookingHolds.shopId, shop.id));
    expect(holds.map((hold) => [hold.staffId, hold.during.start.toISOString()]).sort()).toEqual([[ann.id, '2026-11-09T09:30:00.000Z'], [bob.id, '2026-11-09T10:00:00.000Z']].sort());

    // Moving the visit moves all of it: both lines and both holds, each line keeping its stylist.
    const winner = typed.as(tokens[answers.findIndex((answer) => answer.status === 201)]!);
    const id = (won[0]!.body as { id: string }).id;
    const moved = await typed.client.bookings.update({ params: { id }, body: { start: '2026-11-09T10:00:00.000Z' }, extraHeaders: winner });
    expect(moved).toMatchObject({ status: 200, body: { startsAt: '2026-11-09T10:00:00.000Z', endsAt: '2026-11-09T11:30:00.000Z' } });
    const detail = await typed.client.bookings.get({ params: { id }, extraHeaders: winner });
    expect(detail.status === 200 && detail.body.lines.map((line) => [line.staffId, line.startsAt, line.endsAt])).toEqual([
      [ann.id, '2026-11-09T10:00:00.000Z', '2026-11-09T10:30:00.000Z'], [bob.id, '2026-11-09T10:30:00.000Z', '2026-11-09T11:30:00.000Z'],
    ]);
    const after = await db.select().from(bookingHolds).where(eq(bookingHolds.shopId, shop.id));
    expect(after.map((hold) => [hold.staffId, hold.during.start.toISOString()]).sort()).toEqual([[ann.id, '2026-11-09T10:00:00.000Z'], [bob.id, '2026-11-09T10:30:00.000Z']].sort());
    // Bob ends at 12:00: a 11:00 visit would run his colour to 12:30.
    const tooLate = await typed.client.bookings.update({ params: { id }, body: { start: '2026-11-09T11:00:00.000Z' }, extraHeaders: winner });
    expect([tooLate.status, tooLate.body]).toEqual([409, errorEnvelope('slot_unavailable')]);
  });
});
