import { ownerContract } from '@salon/contracts-owner';
import { bookingStatusHistory, type Booking, type Shop } from '@salon/db';
import { makeBooking, makeCustomer, makeService, makeShop, makeStaff, makeUser } from '@salon/db/testing';
import { createTestApi, errorEnvelope, runRouteSecurityTests, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createOwnerApp } from '../app';
import { signUpOwner, type TestOwner } from '../testing/sign-up-owner';

/** A fresh database plus a few dozen rows: well under 30 s alone, but not on a machine busy with other suites. */
const SETUP_TIMEOUT_MS = 120_000;

describe('owner-api: GET /bookings/shop/{shopId} and GET /bookings/{id}', () => {
  let api: TestApi;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;
  let ann: TestOwner;
  let shop: Shop;
  let otherShop: Shop;
  const booked: Booking[] = [];
  let otherBooking: Booking;
  let staffIds: string[];

  beforeAll(async () => {
    api = await createTestApi(createOwnerApp);
    typed = await startTypedClient(api, ownerContract);
    const db = api.database.db;
    ann = await signUpOwner(api, 'ann');
    shop = await makeShop(db, { ownerId: ann.ownerId, name: 'Ann Cuts', timeZone: 'Europe/London' });
    const service = await makeService(db, { shopId: shop.id, name: 'Colour', priceMinor: 6500, durationMinutes: 90, bufferAfterMinutes: 15 });
    staffIds = [];
    for (const name of ['Bea', 'Cy', 'Di', 'Ed']) staffIds.push((await makeStaff(db, { shopId: shop.id, displayName: name, serviceIds: [service.id] })).id);
    const user = await makeUser(db, { displayName: 'Carla Client', email: 'carla@example.test', phone: '+44 20 0000 0000' });
    const customerId = (await makeCustomer(db, { userId: user.id, phone: '+44 7700 900123' })).id;
    // Four at the same instant (one per staff member): the id must break the tie so pages never repeat or skip.
    const sameStart = new Date('2026-06-01T09:00:00Z');
    const statuses = ['confirmed', 'pending', 'cancelled', 'completed'] as const;
    for (const [i, staffId] of staffIds.entries()) {
      booked.push((await makeBooking(db, { shopId: shop.id, serviceId: service.id, staffId, customerId, startsAt: sameStart, status: statuses[i] })).booking);
    }
    booked.push((await makeBooking(db, { shopId: shop.id, serviceId: service.id, staffId: staffIds[0], customerId, startsAt: new Date('2026-05-01T12:00:00Z'), status: 'no_show' })).booking);
    booked.push((await makeBooking(db, { shopId: shop.id, serviceId: service.id, staffId: staffIds[1], customerId, startsAt: new Date('2026-07-15T08:30:00Z'), notes: 'Allergic to ammonia' })).booking);
    await db.insert(bookingStatusHistory).values([
      { bookingId: booked[2]!.id, fromStatus: null, toStatus: 'confirmed', changedByUserId: user.id, createdAt: new Date('2026-05-20T10:00:00Z') },
      { bookingId: booked[2]!.id, fromStatus: 'confirmed', toStatus: 'cancelled', changedByUserId: ann.userId, reason: 'Stylist ill', createdAt: new Date('2026-05-30T10:00:00Z') },
    ]);
    otherShop = await makeShop(db, { name: 'Someone Else Salon' });
    otherBooking = (await makeBooking(db, { shopId: otherShop.id, startsAt: sameStart })).booking;
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await typed.close();
    await api.close();
  });

  const list = async (query: Record<string, unknown>, shopId = shop.id) =>
    typed.client.bookings.listForShop({ params: { shopId }, query: query as never, extraHeaders: typed.as(ann.token) });
  const sortedKeys = (rows: Booking[]) => [...rows].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id)).map((b) => b.id);

  it('pages through the shop\'s bookings exactly once each, by start then id, never another shop\'s', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await list({ limit: 2, ...(cursor && { cursor }) });
      if (res.status !== 200) throw new Error(`unexpected ${res.status}`);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((item) => item.id));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(sortedKeys(booked));
    expect(seen).not.toContain(otherBooking.id);
  });

  it('filters by start time (from included, to excluded), by status list and by staff member', async () => {
    const june = await list({ from: '2026-06-01T09:00:00Z', to: '2026-07-15T08:30:00Z' });
    expect(june.status === 200 && june.body.items.map((b) => b.id)).toEqual(sortedKeys(booked.slice(0, 4)));
    const active = await list({ status: 'pending,confirmed' });
    expect(active.status === 200 && active.body.items.map((b) => b.status).sort()).toEqual(['confirmed', 'confirmed', 'pending']);
    const noShows = await list({ status: 'no_show' });
    expect(noShows.status === 200 && noShows.body.items.map((b) => b.id)).toEqual([booked[4]!.id]);
    const bea = await list({ staffId: staffIds[0] });
    expect(bea.status === 200 && bea.body.items.map((b) => b.id)).toEqual(sortedKeys([booked[0]!, booked[4]!]));
    const nobody = await list({ staffId: otherBooking.staffId });
    expect(nobody.status === 200 && nobody.body.items).toEqual([]);
  });

  it('shows one booking with its snapshot, the customer\'s contact, its local start and its status history', async () => {
    const res = await typed.client.bookings.get({ params: { id: booked[2]!.id }, extraHeaders: typed.as(ann.token) });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: booked[2]!.id,
      shopId: shop.id,
      status: 'cancelled',
      startsAt: '2026-06-01T09:00:00.000Z',
      endsAt: '2026-06-01T10:30:00.000Z',
      timeZone: 'Europe/London',
      localStart: '2026-06-01T10:00:00+01:00',
      localDate: '2026-06-01',
      service: { name: 'Colour', priceMinor: 6500, currency: 'GBP', durationMinutes: 90, bufferBeforeMinutes: 0, bufferAfterMinutes: 15 },
      staff: { id: staffIds[2], displayName: 'Di' },
      customer: { displayName: 'Carla Client', email: 'carla@example.test', phone: '+44 7700 900123' },
      statusHistory: [
        { fromStatus: null, toStatus: 'confirmed', changedAt: '2026-05-20T10:00:00.000Z', reason: null },
        { fromStatus: 'confirmed', toStatus: 'cancelled', changedByUserId: ann.userId, changedAt: '2026-05-30T10:00:00.000Z', reason: 'Stylist ill' },
      ],
    });
    const july = await typed.client.bookings.get({ params: { id: booked[5]!.id }, extraHeaders: typed.as(ann.token) });
    expect(july.status === 200 && [july.body.localStart, july.body.notes, july.body.statusHistory]).toEqual(['2026-07-15T09:30:00+01:00', 'Allergic to ammonia', []]);
  });

  it('answers another owner\'s shop and booking, and unknown ids, with 404 not_found', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const res of [
      await list({}, otherShop.id),
      await list({}, unknown),
      await typed.client.bookings.get({ params: { id: otherBooking.id }, extraHeaders: typed.as(ann.token) }),
      await typed.client.bookings.get({ params: { id: unknown }, extraHeaders: typed.as(ann.token) }),
    ]) {
      expect({ status: res.status, body: res.body }).toEqual({ status: 404, body: errorEnvelope('not_found') });
    }
  });

  runRouteSecurityTests(() => api, {
    role: 'owner',
    routes: () => ({
      list: { method: 'get', path: `/api/v1/bookings/shop/${shop.id}` },
      get: { method: 'get', path: `/api/v1/bookings/${booked[0]!.id}` },
    }),
  });

  it.each([
    ['a shop id that is not a UUID', 'not-a-uuid', {}],
    ['a from that is not an instant', null, { from: 'yesterday' }],
    ['a date that does not exist', null, { from: '2026-02-30T10:00:00Z' }],
    ['to before from', null, { from: '2026-06-02T00:00:00Z', to: '2026-06-01T00:00:00Z' }],
    ['to equal to from', null, { from: '2026-06-02T00:00:00Z', to: '2026-06-02T00:00:00Z' }],
    ['a window over 366 days', null, { from: '2026-01-01T00:00:00Z', to: '2027-01-03T00:00:00Z' }],
    ['an unknown status', null, { status: 'confirmed,lost' }],
    ['an empty status', null, { status: '' }],
    ['a staff id that is not a UUID', null, { staffId: '42' }],
    ['limit=0', null, { limit: 0 }],
    ['limit=101', null, { limit: 101 }],
    ['an unknown parameter', null, { sort: 'price' }],
    ['a repeated parameter', null, 'status=pending&status=confirmed'],
    ['a forged cursor', null, { cursor: 'bm90LWEtY3Vyc29y' }],
    ['a cursor with SQL in it', null, { cursor: Buffer.from(`["2026-01-01T00:00:00Z","1' OR '1'='1"]`).toString('base64url') }],
    ['a NUL byte in a parameter', null, { status: 'pending\u0000' }],
  ])('refuses %s with 400 validation_failed', async (_name, shopId, query) => {
    const res = await request(api.app)
      .get(`/api/v1/bookings/shop/${shopId ?? shop.id}`)
      .query(query)
      .set('Authorization', `Bearer ${ann.token}`);
    expect({ status: res.status, body: res.body }).toEqual({ status: 400, body: errorEnvelope('validation_failed') });
  });

  it.each([['not-a-uuid'], ['1%27%20OR%201=1'], ['%00']])('refuses GET /bookings/%s with 400 validation_failed', async (id) => {
    const res = await request(api.app).get(`/api/v1/bookings/${id}`).set('Authorization', `Bearer ${ann.token}`);
    expect({ status: res.status, body: res.body }).toEqual({ status: 400, body: errorEnvelope('validation_failed') });
  });
});
