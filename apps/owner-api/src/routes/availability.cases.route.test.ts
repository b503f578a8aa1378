// scheduling-cases.md cases 1–10 end to end: rows in the database, POST /schedules/generate-slots
// through the owner portal's typed client, exact UTC answers. Runs on PGlite and on PostgreSQL.
import { makeCaseSalon, SCHEDULING_CASES } from '@salon/availability/testing';
import { ownerContract } from '@salon/contracts-owner';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createOwnerApp } from '../app';

let now = new Date();
let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;
let headers: { authorization: string };
let ownerId: string;

beforeAll(async () => {
  api = await createTestApi(createOwnerApp, { now: () => now });
  typed = await startTypedClient(api, ownerContract);
  headers = typed.as(await api.tokenFor('case-owner', { role: 'owner' }));
  const me = await typed.client.auth.me({ extraHeaders: headers });
  if (me.status !== 200 || !me.body.owner) throw new Error('owner profile missing');
  ownerId = me.body.owner.id;
});
afterAll(async () => {
  await typed.close();
  await api.close();
});

describe('POST /schedules/generate-slots: scheduling-cases.md 1–10 over HTTP', () => {
  it.each(SCHEDULING_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    now = new Date(c.now);
    const { shop, service, stylist } = await makeCaseSalon(api.database.db, ownerId, c.setup);
    const res = await typed.client.availability.previewSlots({ body: { shopId: shop.id, serviceId: service.id, from: c.from, to: c.to }, extraHeaders: headers });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    expect(res.body.slots.map((slot) => slot.start)).toEqual(c.starts);
    expect(res.body.slots.every((slot) => slot.staffIds[0] === stylist.id && slot.localStart.slice(0, 10) === slot.localDate)).toBe(true);
  });

  it('case 10 in full: the slot\'s UTC and local spellings', async () => {
    const c = SCHEDULING_CASES.find((entry) => entry.name.startsWith('case 10'))!;
    now = new Date(c.now);
    const { shop, service, stylist } = await makeCaseSalon(api.database.db, ownerId, c.setup);
    const res = await typed.client.availability.previewSlots({ body: { shopId: shop.id, serviceId: service.id, from: c.from, to: c.to }, extraHeaders: headers });
    expect(res.body).toEqual({
      shopId: shop.id,
      serviceId: service.id,
      timeZone: 'Europe/London',
      slots: [{
        start: '2026-06-01T10:00:00.000Z',
        end: '2026-06-01T11:00:00.000Z',
        localStart: '2026-06-01T11:00:00+01:00',
        localDate: '2026-06-01',
        staffIds: [stylist.id],
        staff: [{ staffId: stylist.id, end: '2026-06-01T11:00:00.000Z' }],
      }],
    });
  });
});
