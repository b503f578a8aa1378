import { ownerContract } from '@salon/contracts-owner';
import { liftPlanLimits } from '@salon/billing/testing';
import { bookings, eq, type Booking, type Shop } from '@salon/db';
import { makeBooking, makeCustomer, makeService, makeShop, makeUser } from '@salon/db/testing';
import { createTestApi, errorEnvelope, runRouteSecurityTests, startTypedClient, type TestApi } from '@salon/runtime/testing';
import nodeIcal, { type VEvent } from 'node-ical';
import request from 'supertest';
import { createOwnerApp } from '../app';
import { signUpOwner, type TestOwner } from '../testing/sign-up-owner';

const DAY_MS = 86_400_000;
/** Whole minutes from now, since iCalendar times carry seconds, not milliseconds. */
const daysFromNow = (days: number) => new Date(Math.floor((Date.now() + days * DAY_MS) / 60_000) * 60_000);

/** A fresh database plus a few dozen rows: well under 30 s alone, but not on a machine busy with other suites. */
const SETUP_TIMEOUT_MS = 120_000;

describe('owner-api: GET /shops/{shopId}/calendar.ics (public, token in the URL) and POST /shops/{id}/calendar-token', () => {
  let api: TestApi;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;
  let ann: TestOwner;
  let shop: Shop;
  let annsOtherShop: Shop;
  let deletedShop: Shop;
  const inWindow: Record<string, Booking> = {};
  const outside: Booking[] = [];

  beforeAll(async () => {
    api = await createTestApi(createOwnerApp);
    await liftPlanLimits(api.database.db); // not about plans: every plan unlimited here (billing tests cover limits)
    typed = await startTypedClient(api, ownerContract);
    const db = api.database.db;
    ann = await signUpOwner(api, 'ann');
    shop = await makeShop(db, { ownerId: ann.ownerId, name: 'Ann Cuts, Soho; Ltd' });
    const service = await makeService(db, { shopId: shop.id, name: 'Cut & Finish', durationMinutes: 45 });
    const user = await makeUser(db, { displayName: 'Jo O\'Brien, Jr; VIP' });
    const customerId = (await makeCustomer(db, { userId: user.id })).id;
    const at = (days: number, status: Booking['status'] = 'confirmed') =>
      makeBooking(db, { shopId: shop.id, serviceId: service.id, customerId, startsAt: daysFromNow(days), status }).then((r) => r.booking);
    inWindow.past = await at(-29, 'completed');
    inWindow.soon = await at(2, 'pending');
    inWindow.cancelled = await at(10, 'cancelled');
    inWindow.late = await at(89, 'confirmed');
    outside.push(await at(-31), await at(91));
    annsOtherShop = await makeShop(db, { ownerId: ann.ownerId, name: 'Ann Two' });
    outside.push((await makeBooking(db, { shopId: annsOtherShop.id, startsAt: daysFromNow(3) })).booking);
    deletedShop = await makeShop(db, { ownerId: ann.ownerId, deletedAt: new Date() });
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await typed.close();
    await api.close();
  });

  const feed = (shopId: string, token?: string) =>
    request(api.app).get(`/api/v1/shops/${shopId}/calendar.ics`).query(token === undefined ? {} : { token });
  const eventsOf = (text: string) => Object.values(nodeIcal.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');

  it('serves an RFC 5545 feed without an Authorization header: one event per booking in the window, UTC times', async () => {
    const res = await feed(shop.id, shop.calendarFeedToken);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const parsed = nodeIcal.sync.parseICS(res.text);
    expect(parsed.vcalendar).toMatchObject({ 'WR-CALNAME': 'Ann Cuts, Soho; Ltd' });
    const events = eventsOf(res.text);
    const byUid = new Map(events.map((event) => [event.uid, event]));
    expect([...byUid.keys()].sort()).toEqual(Object.values(inWindow).map((b) => `${b.id}@salon`).sort());
    for (const booking of outside) expect(byUid.has(`${booking.id}@salon`)).toBe(false);
    for (const booking of Object.values(inWindow)) {
      const event = byUid.get(`${booking.id}@salon`)!;
      expect(new Date(event.start).toISOString()).toBe(booking.startsAt.toISOString());
      expect(new Date(event.end!).toISOString()).toBe(booking.endsAt.toISOString());
      expect(event.summary).toBe('Cut & Finish – Jo O\'Brien, Jr; VIP');
      expect(event.description).toMatch(/^Staff: Stylist /);
    }
    expect(res.text).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    const statusOf = (b: Booking) => byUid.get(`${b.id}@salon`)!.status;
    expect([statusOf(inWindow.past!), statusOf(inWindow.soon!), statusOf(inWindow.cancelled!), statusOf(inWindow.late!)]).toEqual([
      'CONFIRMED',
      'TENTATIVE',
      'CANCELLED',
      'CONFIRMED',
    ]);
  });

  it('raises an event\'s SEQUENCE when its booking changes, keeping its UID', async () => {
    const uid = `${inWindow.soon!.id}@salon`;
    const before = eventsOf((await feed(shop.id, shop.calendarFeedToken)).text).find((e) => e.uid === uid)!;
    await api.database.db.update(bookings).set({ status: 'cancelled', updatedAt: new Date(Date.now() + 5_000) }).where(eq(bookings.id, inWindow.soon!.id));
    const after = eventsOf((await feed(shop.id, shop.calendarFeedToken)).text).find((e) => e.uid === uid)!;
    expect(Number(after.sequence)).toBeGreaterThan(Number(before.sequence));
    expect(after.status).toBe('CANCELLED');
  });

  it('answers a missing, wrong or other shop\'s token, an unknown shop and a deleted shop with 404 in the envelope', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const res of [
      await feed(shop.id),
      await feed(shop.id, ''),
      await feed(shop.id, 'f'.repeat(64)),
      await feed(shop.id, shop.calendarFeedToken.slice(0, -1)),
      await feed(shop.id, annsOtherShop.calendarFeedToken),
      await feed(annsOtherShop.id, shop.calendarFeedToken),
      await feed(unknown, shop.calendarFeedToken),
      await feed(deletedShop.id, deletedShop.calendarFeedToken),
    ]) {
      expect({ status: res.status, body: res.body }).toEqual({ status: 404, body: errorEnvelope('not_found') });
    }
  });

  it('rotates the token: the new absolute URL works and the old one stops at once', async () => {
    const own = await makeShop(api.database.db, { ownerId: ann.ownerId, name: 'Rotating Salon' });
    expect((await feed(own.id, own.calendarFeedToken)).status).toBe(200);
    const res = await typed.client.calendarFeed.rotateToken({ params: { id: own.id }, extraHeaders: typed.as(ann.token) });
    if (res.status !== 200) throw new Error(`unexpected ${res.status}`);
    const url = new URL(res.body.calendarFeedUrl);
    expect(`${url.protocol}//${url.host}`).toBe(typed.baseUrl);
    expect(url.pathname).toBe(`/api/v1/shops/${own.id}/calendar.ics`);
    const token = url.searchParams.get('token')!;
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    const fetched = await fetch(res.body.calendarFeedUrl);
    expect(fetched.status).toBe(200);
    expect(await fetched.text()).toContain('X-WR-CALNAME:Rotating Salon');
    expect((await feed(own.id, own.calendarFeedToken)).status).toBe(404);
  });

  runRouteSecurityTests(() => api, {
    role: 'owner',
    routes: () => ({ rotate: { method: 'post', path: `/api/v1/shops/${shop.id}/calendar-token` } }),
  });

  it('does not rotate another owner\'s or a deleted shop\'s token (404), and their feeds keep working', async () => {
    const bob = await signUpOwner(api, 'bob');
    for (const target of [shop, deletedShop]) {
      const res = await request(api.app).post(`/api/v1/shops/${target.id}/calendar-token`).set('Authorization', `Bearer ${target === shop ? bob.token : ann.token}`);
      expect({ status: res.status, body: res.body }).toEqual({ status: 404, body: errorEnvelope('not_found') });
    }
    expect((await feed(shop.id, shop.calendarFeedToken)).status).toBe(200);
  });

  it.each([
    ['a feed shop id that is not a UUID', () => request(api.app).get('/api/v1/shops/not-a-uuid/calendar.ics').query({ token: 'x' })],
    ['an unknown feed parameter', () => feed(shop.id, shop.calendarFeedToken).query({ from: '2026-01-01' })],
    ['a repeated token', () => request(api.app).get(`/api/v1/shops/${shop.id}/calendar.ics?token=a&token=b`)],
    ['a NUL byte in the token', () => feed(shop.id, 'abc\u0000')],
    ['a 1 kB token', () => feed(shop.id, 'a'.repeat(1024))],
    ['a rotate shop id that is not a UUID', () => request(api.app).post('/api/v1/shops/42/calendar-token').set('Authorization', `Bearer ${ann.token}`)],
  ])('refuses %s with 400 validation_failed', async (_name, send) => {
    const res = await send();
    expect({ status: res.status, body: res.body }).toEqual({ status: 400, body: errorEnvelope('validation_failed') });
  });

  it('documents the feed as text/calendar in the OpenAPI document', async () => {
    const doc = (await request(api.app).get('/api/v1/openapi.json')).body;
    const operation = doc.paths['/api/v1/shops/{shopId}/calendar.ics'].get;
    expect(operation.responses['200'].content['text/calendar'].schema).toMatchObject({ type: 'string' });
    expect(operation.security).toEqual([]);
    expect(operation.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'token', in: 'query' })]));
  });
});
