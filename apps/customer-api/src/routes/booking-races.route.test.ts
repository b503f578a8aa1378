import { BOOKING_NOW, makeBookableShop } from '@salon/booking/testing';
import { liftPlanLimits } from '@salon/billing/testing';
import { customerContract } from '@salon/contracts-customer';
import { and, bookingHolds, bookings, eq, idempotencyKeys } from '@salon/db';
import { describeWithPostgres } from '@salon/db/testing';
import { createTestApi, errorEnvelope, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';

// Real concurrent HTTP requests against a listening customer-api on PostgreSQL (25 connections):
// the exclusion constraint, rule-5 retries, idempotency claims and reschedule locks under load.
const START = '2026-12-02T10:00:00.000Z'; // Wednesday 10:00 London

describeWithPostgres('booking races over HTTP (PostgreSQL)', () => {
  let api: TestApi;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
  beforeAll(async () => {
    api = await createTestApi(createCustomerApp, { now: () => BOOKING_NOW, database: { maxConnections: 25 } });
    await liftPlanLimits(api.database.db); // not about plans: every plan unlimited here (billing tests cover limits)
    typed = await startTypedClient(api, customerContract);
  });
  afterAll(async () => {
    await typed.close();
    await api.close();
  });
  const tokens = (prefix: string, count: number) =>
    Promise.all(Array.from({ length: count }, (_, i) => api.tokenFor(`${prefix}-${i}`, { role: 'customer' })));
  const book = (token: string, body: { shopId: string; serviceId: string; start: string; staffId?: string }, key?: string) =>
    typed.client.bookings.create({ body, headers: key === undefined ? {} : { 'idempotency-key': key }, extraHeaders: typed.as(token) });
  const activeHolds = (shopId: string) =>
    api.database.db.select().from(bookingHolds).where(and(eq(bookingHolds.shopId, shopId), eq(bookingHolds.isActive, true)));
  const shopBookings = (shopId: string) => api.database.db.select().from(bookings).where(eq(bookings.shopId, shopId));

  it('100 concurrent bookings of one stylist at one time: one 201, 99 × 409 slot_unavailable, one row, one hold', async () => {
    const { shop, service, staff } = await makeBookableShop(api.database.db);
    const body = { shopId: shop.id, serviceId: service.id, start: START, staffId: staff[0]!.id };
    const answers = await Promise.all((await tokens('hundred', 100)).map((token) => book(token, body)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(99);
    for (const lost of answers.filter((answer) => answer.status === 409)) expect(lost.body).toEqual(errorEnvelope('slot_unavailable'));
    expect(await shopBookings(shop.id)).toHaveLength(1);
    expect(await activeHolds(shop.id)).toHaveLength(1);
  });

  it('30 concurrent "anyone" bookings of one time at a 3-stylist shop: exactly 3 × 201, each a different stylist', async () => {
    const { shop, service, staff } = await makeBookableShop(api.database.db, { staffCount: 3 });
    const body = { shopId: shop.id, serviceId: service.id, start: START };
    const answers = await Promise.all((await tokens('anyone', 30)).map((token) => book(token, body)));
    const won = answers.flatMap((answer) => (answer.status === 201 ? [answer.body.staff.id] : []));
    expect(answers.filter((answer) => answer.status !== 201 && answer.status !== 409)).toEqual([]);
    expect(won.sort()).toEqual(staff.map((member) => member.id).sort());
    for (const lost of answers.filter((answer) => answer.status === 409)) expect(lost.body).toEqual(errorEnvelope('slot_unavailable'));
    expect(await shopBookings(shop.id)).toHaveLength(3);
    expect(await activeHolds(shop.id)).toHaveLength(3);
  });

  it('20 concurrent requests with one Idempotency-Key and body: one booking; every answer is it (201, same body) or 409 in progress', async () => {
    const { shop, service } = await makeBookableShop(api.database.db);
    const [token] = await tokens('idem', 1);
    const body = { shopId: shop.id, serviceId: service.id, start: START };
    const key = `race-${shop.id}`;
    const answers = await Promise.all(Array.from({ length: 20 }, () => book(token!, body, key)));
    const created = answers.filter((answer) => answer.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const answer of answers) {
      if (answer.status === 201) expect(answer.body).toEqual(created[0]!.body);
      else expect([answer.status, answer.body]).toEqual([409, errorEnvelope('idempotency_in_progress')]);
    }
    const rows = await shopBookings(shop.id);
    expect(rows.map((row) => row.id)).toEqual([created[0]!.status === 201 && created[0]!.body.id]);
    const replay = await book(token!, body, key);
    expect([replay.status, replay.body, replay.headers.get('idempotent-replayed')]).toEqual([201, created[0]!.body, 'true']);
    expect(await api.database.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key))).toHaveLength(1);
  });

  it('concurrent reschedules of bookings into each other\'s time: no overlap, no lost booking, never a 5xx', async () => {
    const { shop, service, staff } = await makeBookableShop(api.database.db, { staffCount: 2 });
    const [x, y] = staff.map((member) => member.id) as [string, string];
    const [token] = await tokens('mover', 1);
    const at = (hour: number, minute = 0) => `2026-12-02T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
    const made: Array<{ id: string; staffId: string; start: string }> = [];
    // eight pairs: same stylist (x 09:00 ↔ x 10:00…) and crossed stylists (x 13:00 ↔ y 13:00…)
    const places: Array<[string, string]> = [[x, at(9)], [x, at(10)], [x, at(11)], [x, at(12)], [x, at(13)], [y, at(13)], [x, at(14)], [y, at(14)],
      [y, at(9)], [y, at(10)], [x, at(15)], [y, at(15)], [y, at(11)], [y, at(11, 30)], [x, at(16)], [y, at(16)]];
    for (const [staffId, start] of places) {
      const answer = await book(token!, { shopId: shop.id, serviceId: service.id, start, staffId });
      if (answer.status !== 201) throw new Error(`setup booking answered ${answer.status}`);
      made.push({ id: answer.body.id, staffId, start });
    }
    const moves = made.flatMap((booking, i) => {
      const other = made[i % 2 === 0 ? i + 1 : i - 1]!;
      // into the other's time with the other's stylist; 15 minutes later (overlapping both); and the
      // pair's one free half hour (x 09:30, 10:30, …), which both want: outcomes depend on the order
      return [{ id: booking.id, body: { start: other.start, staffId: other.staffId } },
        { id: booking.id, body: { start: new Date(Date.parse(other.start) + 15 * 60_000).toISOString(), staffId: other.staffId } },
        { id: booking.id, body: { start: at(9 + Math.floor(i / 2), 30), staffId: x } }];
    });
    const answers = await Promise.all(moves.map((move) => typed.client.bookings.update({ params: { id: move.id }, body: move.body, extraHeaders: typed.as(token!) })));
    expect(answers.filter((answer) => answer.status !== 200 && answer.status !== 409).map((a) => [a.status, a.body])).toEqual([]);
    for (const lost of answers.filter((answer) => answer.status === 409)) expect(lost.body).toEqual(errorEnvelope('slot_unavailable'));
    // x 09:30 is free and nothing else can take it before a move of its own pair: some moves succeed
    expect(answers.filter((answer) => answer.status === 200).length).toBeGreaterThan(0);
    const rows = await shopBookings(shop.id);
    const holds = await activeHolds(shop.id);
    expect(rows.map((row) => row.status).sort()).toEqual(made.map(() => 'confirmed'));
    expect(holds.map((hold) => hold.bookingId).sort()).toEqual(rows.map((row) => row.id).sort());
    for (const row of rows) {
      const hold = holds.find((h) => h.bookingId === row.id)!;
      expect([hold.staffId, hold.during]).toEqual([row.staffId, { start: row.startsAt, end: row.endsAt }]);
    }
    const overlapping = holds.filter((a) => holds.some((b) => a.id !== b.id && a.staffId === b.staffId && a.during.start < b.during.end && b.during.start < a.during.end));
    expect(overlapping).toEqual([]);
  });
  it('a storm of creates, moves and cancels at once on a 3-stylist shop: only 2xx or 409, holds disjoint, one per active booking', async () => {
    const { shop, service } = await makeBookableShop(api.database.db, { staffCount: 3 });
    const [token] = await tokens('storm', 1);
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648), seed % n);
    const someStart = () => new Date(Date.parse('2026-12-02T09:00:00Z') + random(32) * 15 * 60_000).toISOString();
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const answer = await book(token!, { shopId: shop.id, serviceId: service.id, start: someStart() });
      if (answer.status === 201) ids.push(answer.body.id);
    }
    const requests = Array.from({ length: 60 }, (_, i) => {
      const id = ids[random(ids.length)]!;
      if (i % 3 === 0) return book(token!, { shopId: shop.id, serviceId: service.id, start: someStart() });
      if (i % 3 === 1) return typed.client.bookings.update({ params: { id }, body: { start: someStart() }, extraHeaders: typed.as(token!) });
      return typed.client.bookings.cancel({ params: { id }, body: {}, extraHeaders: typed.as(token!) });
    });
    const answers = await Promise.all(requests);
    expect(answers.filter((answer) => answer.status >= 300 && answer.status !== 409).map((a) => [a.status, a.body])).toEqual([]);
    const rows = await shopBookings(shop.id);
    const holds = await activeHolds(shop.id);
    const active = rows.filter((row) => row.status === 'confirmed');
    expect(holds.map((hold) => hold.bookingId).sort()).toEqual(active.map((row) => row.id).sort());
    const overlapping = holds.filter((a) => holds.some((b) => a.id !== b.id && a.staffId === b.staffId && a.during.start < b.during.end && b.during.start < a.during.end));
    expect(overlapping).toEqual([]);
  });
});
