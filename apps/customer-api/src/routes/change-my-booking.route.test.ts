import { liftPlanLimits } from '@salon/billing/testing';
import { cancelBooking } from '@salon/booking';
import { customerContract } from '@salon/contracts-customer';
import { type Service, type Shop, type Staff } from '@salon/db';
import { makeOwner, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { createTestApi, errorEnvelope, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';

// Booking, moving and cancelling as a customer: every refusal a clear 4xx, never a 500.
let clock = new Date('2026-06-01T06:00:00Z');
let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
let shop: Shop;
let service: Service;
let stylist: Staff;
let idle: Staff;
let token: string;
const headers = () => typed.as(token);
const create = (body: Record<string, unknown>) => typed.client.bookings.create({ body: body as never, headers: {}, extraHeaders: headers() });

beforeAll(async () => {
  api = await createTestApi(createCustomerApp, { now: () => clock });
  await liftPlanLimits(api.database.db); // not about plans: one customer books more than Free's 2 a month here
  typed = await startTypedClient(api, customerContract);
  const { db } = api.database;
  const owner = await makeOwner(db);
  shop = await makeShop(db, { ownerId: owner.id, timeZone: 'Europe/London', cancellationNoticeMinutes: 1440 });
  service = await makeService(db, { shopId: shop.id, durationMinutes: 60 });
  stylist = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
  idle = await makeStaff(db, { shopId: shop.id }); // performs nothing
  await makeWeeklyHours(db, { shopId: shop.id, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', startLocal: '00:00', endLocal: '24:00' });
  await makeWeeklyHours(db, { shopId: shop.id, staffId: stylist.id, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', startLocal: '00:00', endLocal: '24:00' });
  token = await api.tokenFor('carol', { role: 'customer' });
}, 120_000);
afterAll(async () => {
  await typed.close();
  await api.close();
});

describe('POST /bookings refusals', () => {
  it.each([
    ['another shop\'s service', 404, 'not_found', undefined, async () => ({ serviceId: (await makeService(api.database.db)).id })],
    ['an inactive service', 404, 'not_found', undefined, async () => ({ serviceId: (await makeService(api.database.db, { shopId: shop.id, isActive: false })).id })],
    ['an inactive shop', 404, 'not_found', undefined, async () => ({ shopId: (await makeShop(api.database.db, { isActive: false })).id })],
    ['an unknown shop', 404, 'not_found', undefined, async () => ({ shopId: '00000000-0000-4000-8000-000000000000' })],
    ['a stylist who does not perform the service', 400, 'validation_failed', 'body.staffId', async () => ({ staffId: idle.id })],
    ['a start off the slot grid', 409, 'slot_unavailable', 'body.start', async () => ({ start: '2026-06-04T09:10:00Z' })],
    ['a start in the past', 409, 'slot_unavailable', 'body.start', async () => ({ start: '2026-05-01T09:00:00Z' })],
  ])('%s → %i %s', async (_name, status, code, path, override) => {
    const res = await create({ shopId: shop.id, serviceId: service.id, start: '2026-06-04T09:00:00Z', ...(await override()) });
    expect([res.status, res.body]).toEqual([status, errorEnvelope(code)]);
    if (path) expect((res.body as { error: { details: { path: string }[] } }).error.details.map((detail) => detail.path)).toEqual([path]);
  });
});

describe('PUT /bookings/{id}', () => {
  it('moves and changes notes together, or neither when the move is refused', async () => {
    const booked = await create({ shopId: shop.id, serviceId: service.id, start: '2026-06-05T09:00:00Z' });
    const taken = await typed.client.bookings.create({ body: { shopId: shop.id, serviceId: service.id, start: '2026-06-05T12:00:00Z' }, headers: {}, extraHeaders: typed.as(await api.tokenFor('dan', { role: 'customer' })) });
    expect([booked.status, taken.status]).toEqual([201, 201]);
    if (booked.status !== 201) return;
    const refused = await typed.client.bookings.update({ params: { id: booked.body.id }, body: { start: '2026-06-05T12:00:00Z', notes: 'rolled back' }, extraHeaders: headers() });
    expect([refused.status, refused.body]).toEqual([409, errorEnvelope('slot_unavailable')]);
    const unchanged = await typed.client.bookings.get({ params: { id: booked.body.id }, extraHeaders: headers() });
    expect(unchanged.status === 200 && [unchanged.body.startsAt, unchanged.body.notes]).toEqual(['2026-06-05T09:00:00.000Z', null]);
    const moved = await typed.client.bookings.update({ params: { id: booked.body.id }, body: { start: '2026-06-05T10:00:00Z', notes: 'Fringe too' }, extraHeaders: headers() });
    expect(moved.status === 200 && [moved.body.startsAt, moved.body.notes]).toEqual(['2026-06-05T10:00:00.000Z', 'Fringe too']);
    const notStylist = await typed.client.bookings.update({ params: { id: booked.body.id }, body: { staffId: idle.id }, extraHeaders: headers() });
    expect([notStylist.status, notStylist.body]).toEqual([400, errorEnvelope('validation_failed')]);
  });

  it('answers a switched-off stylist 404 not_found, as POST /bookings and the slot list do', async () => {
    const off = await makeStaff(api.database.db, { shopId: shop.id, serviceIds: [service.id], isActive: false });
    const booked = await create({ shopId: shop.id, serviceId: service.id, start: '2026-06-07T09:00:00Z' });
    if (booked.status !== 201) throw new Error('setup');
    const asNew = await create({ shopId: shop.id, serviceId: service.id, start: '2026-06-07T11:00:00Z', staffId: off.id });
    const moved = await typed.client.bookings.update({ params: { id: booked.body.id }, body: { staffId: off.id }, extraHeaders: headers() });
    expect([asNew.status, moved.status, moved.body]).toEqual([404, 404, errorEnvelope('not_found')]);
  });
});

describe('DELETE /bookings/{id}/cancel and the cancellation notice', () => {
  it('cancels before the notice; after it, 409 naming the deadline, while the owner still may', async () => {
    const early = await create({ shopId: shop.id, serviceId: service.id, start: '2026-06-06T09:00:00Z' });
    const late = await create({ shopId: shop.id, serviceId: service.id, start: '2026-06-01T12:00:00Z' });
    if (early.status !== 201 || late.status !== 201) throw new Error('setup');
    const cancelled = await typed.client.bookings.cancel({ params: { id: early.body.id }, body: { reason: 'Away' }, extraHeaders: headers() });
    expect(cancelled.status === 200 && cancelled.body).toMatchObject({ status: 'cancelled', cancellationReason: 'Away', cancelledAt: clock.toISOString() });
    expect(cancelled.status === 200 && cancelled.body.statusHistory.at(-1)).toMatchObject({ from: 'confirmed', to: 'cancelled', by: 'customer' });
    const refused = await typed.client.bookings.cancel({ params: { id: late.body.id }, body: {}, extraHeaders: headers() });
    expect([refused.status, refused.body]).toEqual([409, errorEnvelope('conflict')]);
    expect(refused.status === 409 && refused.body.error.message).toContain('2026-05-31T12:00:00.000Z');
    const move = await typed.client.bookings.update({ params: { id: late.body.id }, body: { start: '2026-06-01T13:00:00Z' }, extraHeaders: headers() });
    expect([move.status, move.body]).toEqual([409, errorEnvelope('conflict')]);
    await cancelBooking({ ctx: { db: api.database.db, now: () => clock, userId: (await makeOwner(api.database.db)).userId }, input: { bookingId: late.body.id, actor: { kind: 'owner', ownerId: shop.ownerId } } });
    const read = await typed.client.bookings.get({ params: { id: late.body.id }, extraHeaders: headers() });
    expect(read.status === 200 && [read.body.status, read.body.statusHistory.at(-1)?.by]).toEqual(['cancelled', 'owner']);
  });
});

describe('a booking on the Europe/London clock-change Sunday', () => {
  it('shows the wall-clock time with the offset in force at each instant', async () => {
    clock = new Date('2026-03-01T00:00:00Z');
    try {
      const before = await create({ shopId: shop.id, serviceId: service.id, start: '2026-03-29T00:00:00Z' });
      const after = await create({ shopId: shop.id, serviceId: service.id, start: '2026-03-29T09:00:00Z' });
      expect(before.status === 201 && [before.body.localStart, before.body.localDate]).toEqual(['2026-03-29T00:00:00+00:00', '2026-03-29']);
      expect(after.status === 201 && [after.body.localStart, after.body.localDate]).toEqual(['2026-03-29T10:00:00+01:00', '2026-03-29']);
    } finally {
      clock = new Date('2026-06-01T06:00:00Z');
    }
  });
});
