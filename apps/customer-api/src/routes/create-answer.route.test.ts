import { liftPlanLimits } from '@salon/billing/testing';
import { customerContract } from '@salon/contracts-customer';
import { sql } from '@salon/db';
import { makeOwner, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';

// POST /bookings answers a single-service booking from its written row and what the slot check
// read, not from a read after the write: the answer must be exactly what GET /bookings/{id} says,
// on every path (one trip, the Idempotency-Key transaction, a replay) and every shape of shop.
const NOW = new Date('2026-12-01T00:00:00Z');
let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;

beforeAll(async () => {
  api = await createTestApi(createCustomerApp, { now: () => NOW });
  await liftPlanLimits(api.database.db);
  typed = await startTypedClient(api, customerContract);
}, 120_000);
afterAll(async () => {
  await typed?.close();
  await api?.close();
});

/** A shop in `timeZone` open every day 09:00–17:00, one service, two stylists; the first with her own price and duration. */
async function shopIn(timeZone: string, opts: { requiresApproval?: boolean } = {}) {
  const { db } = api.database;
  const owner = await makeOwner(db);
  const shop = await makeShop(db, { ownerId: owner.id, timeZone, name: `Salon ${timeZone}`, cancellationNoticeMinutes: 90, ...opts });
  const service = await makeService(db, { shopId: shop.id, durationMinutes: 45, priceMinor: 3000, bufferAfterMinutes: 10 });
  const maya = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id], displayName: '  Maya   Lopez ' });
  const noor = await makeStaff(db, { shopId: shop.id, serviceIds: [service.id], displayName: 'Noor' });
  await db.execute(sql`update staff_services set price_minor = 4200, duration_minutes = 60 where staff_id = ${maya.id}`);
  await makeWeeklyHours(db, { shopId: shop.id, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', startLocal: '09:00', endLocal: '17:00' });
  return { shop, service, maya, noor };
}

async function bookAndRead(name: string, body: Record<string, unknown>, key?: string) {
  const as = typed.as(await api.tokenFor(name, { role: 'customer' }));
  const created = await typed.client.bookings.create({ body: body as never, headers: key === undefined ? {} : { 'idempotency-key': key }, extraHeaders: as });
  if (created.status !== 201) throw new Error(`${created.status} ${JSON.stringify(created.body)}`);
  const read = await typed.client.bookings.get({ params: { id: created.body.id }, extraHeaders: as });
  return { created, read, as };
}

describe('POST /bookings answers exactly what GET /bookings/{id} reads', () => {
  it('a named stylist with her own price and duration, notes, in a +05:45 zone (one trip)', async () => {
    const { shop, service, maya } = await shopIn('Asia/Kathmandu');
    // 09:00 +05:45 on Wednesday 2 December.
    const { created, read } = await bookAndRead('ann', { shopId: shop.id, serviceId: service.id, staffId: maya.id, start: '2026-12-02T03:15:00Z', notes: 'Fringe only' });
    expect(read).toMatchObject({ status: 200 });
    expect(created.body).toEqual(read.body);
    expect(created.body).toMatchObject({ priceMinor: 4200, localStart: '2026-12-02T09:00:00+05:45', staff: { firstName: 'Maya' }, notes: 'Fringe only', lines: [] });
  });

  it('"anyone" at a shop that approves bookings: pending, first history row by the customer', async () => {
    const { shop, service } = await shopIn('Europe/London', { requiresApproval: true });
    const { created, read } = await bookAndRead('bea', { shopId: shop.id, serviceId: service.id, start: '2026-12-03T10:00:00Z' });
    expect(created.body).toEqual(read.body);
    expect(created.body).toMatchObject({ status: 'pending', statusHistory: [{ from: null, to: 'pending', by: 'customer', reason: null }] });
  });

  it('with an Idempotency-Key (the transaction path), and its replay, in New York', async () => {
    const { shop, service, noor } = await shopIn('America/New_York');
    const body = { shopId: shop.id, serviceId: service.id, staffId: noor.id, start: '2026-12-04T15:00:00Z' };
    const { created, read, as } = await bookAndRead('cai', body, 'key-answer-1');
    expect(created.body).toEqual(read.body);
    const replay = await typed.client.bookings.create({ body, headers: { 'idempotency-key': 'key-answer-1' }, extraHeaders: as });
    expect([replay.status, replay.body]).toEqual([201, read.body]);
  });
});
