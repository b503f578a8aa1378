// Slot answers kept whole (serialized once, sent as bytes): a strong ETag, 304 for If-None-Match,
// a new answer and tag after a change or at the exact millisecond the booking window moves.
import { customerContract } from '@salon/contracts-customer';
import { eq, weeklyHours } from '@salon/db';
import { makeOwner, makeService, makeShop, makeStaff, makeWeeklyHours } from '@salon/db/testing';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createCustomerApp } from '../app';
import { expectSameFinishedAnswer } from '../testing/finished-answer';
import { listPublicSlots } from '../use-cases/slots/list-public-slots';

let clock = new Date('2026-12-01T08:00:00Z'); // Tuesday; London is on UTC in December
let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
let s: { shopId: string; serviceId: string; hoursId: string };

beforeAll(async () => {
  api = await createTestApi(createCustomerApp, { now: () => clock });
  typed = await startTypedClient(api, customerContract);
  const { db } = api.database;
  const shop = await makeShop(db, { ownerId: (await makeOwner(db)).id, minNoticeMinutes: 60, slotIntervalMinutes: 60 });
  const hours = await makeWeeklyHours(db, { shopId: shop.id, startLocal: '09:00', endLocal: '12:00' });
  const service = await makeService(db, { shopId: shop.id, durationMinutes: 60 });
  await makeStaff(db, { shopId: shop.id, serviceIds: [service.id] });
  s = { shopId: shop.id, serviceId: service.id, hoursId: hours.id };
});
afterAll(async () => {
  await typed.close();
  await api.close();
});
afterEach(() => {
  clock = new Date('2026-12-01T08:00:00Z');
});

const path = () => `/api/v1/schedules/calendar-view/${s.shopId}?serviceId=${s.serviceId}&from=2026-12-01&to=2026-12-02`;
/** supertest asks for gzip by default: these ask for the bytes as they are, as autocannon and many clients do. */
const plain = () => request(api.app).get(path()).set('Accept-Encoding', 'identity');
const direct = () => listPublicSlots({ ctx: { db: api.database.db, now: () => clock }, input: { shopId: s.shopId, serviceId: s.serviceId, from: '2026-12-01', to: '2026-12-02' } });

async function typedView() {
  const res = await typed.client.slots.calendarView({ params: { shopId: s.shopId }, query: { serviceId: s.serviceId, from: '2026-12-01', to: '2026-12-02' } });
  if (res.status !== 200) throw new Error(`calendar view answered ${res.status}`);
  return res.body;
}

describe('slot answers: ETag and If-None-Match', () => {
  it('a repeated request gets the same bytes with a strong ETag, and 304 with no body when it names that ETag', async () => {
    const first = await plain();
    const second = await plain();
    expectSameFinishedAnswer(first, second);
    expect(first.body).toEqual(await direct());
    expect(await typedView()).toEqual(first.body);

    const notModified = await plain().set('If-None-Match', `"other", ${first.headers['etag']}`);
    expect([notModified.status, notModified.text, notModified.headers['etag']]).toEqual([304, '', first.headers['etag']]);
    const otherTag = await plain().set('If-None-Match', '"other"');
    expect([otherTag.status, otherTag.text]).toEqual([200, first.text]);
    const revalidate = await plain().set('If-None-Match', first.headers['etag']!).set('Cache-Control', 'no-cache');
    expect(revalidate.status).toBe(200);
  });

  it('a client that accepts gzip or br gets the same answer compressed, under its own ETag', async () => {
    const identity = await plain();
    expect(identity.headers['content-encoding']).toBeUndefined();
    for (const encoding of ['gzip', 'br']) {
      const res = await request(api.app).get(path()).set('Accept-Encoding', encoding);
      expect([res.status, res.headers['content-encoding'], res.headers['vary']]).toEqual([200, encoding, 'Accept-Encoding']);
      expect(Number(res.headers['content-length'])).toBeLessThan(identity.text.length / 2);
      expect(res.body).toEqual(identity.body); // supertest inflates it
      expect(res.headers['etag']).not.toBe(identity.headers['etag']);
      const again = await request(api.app).get(path()).set('Accept-Encoding', encoding).set('If-None-Match', res.headers['etag']!);
      expect(again.status).toBe(304);
    }
  });

  it('after a committed change the old ETag gets the new answer', async () => {
    const before = await plain();
    await api.database.db.update(weeklyHours).set({ endLocal: '11:00' }).where(eq(weeklyHours.id, s.hoursId));
    const after = await plain().set('If-None-Match', before.headers['etag']!);
    expect(after.status).toBe(200);
    expect(after.headers['etag']).not.toBe(before.headers['etag']);
    expect(after.body).toEqual(await direct());
    expect(after.body).not.toEqual(before.body);
    await api.database.db.update(weeklyHours).set({ endLocal: '12:00' }).where(eq(weeklyHours.id, s.hoursId));
  });

  it('a start leaves the answer at the millisecond its notice begins, and not before', async () => {
    const at = (iso: string) => {
      clock = new Date(iso);
      return typedView();
    };
    const firstStart = async (iso: string) => (await at(iso)).days[0]!.slots[0]!.start;
    expect(await firstStart('2026-12-01T08:00:00.000Z')).toBe('2026-12-01T09:00:00.000Z'); // notice 60 min: 09:00 still bookable
    const kept = await plain();
    expect(await firstStart('2026-12-01T08:00:00.001Z')).toBe('2026-12-01T10:00:00.000Z');
    expect(await at('2026-12-01T08:00:00.001Z')).toEqual(await direct());
    const moved = await plain().set('If-None-Match', kept.headers['etag']!);
    expect(moved.status).toBe(200);
    clock = new Date('2026-12-01T08:00:00.000Z'); // a clock set back is answered for its own now too
    expect(await typedView()).toEqual(await direct());
    expect((await typedView()).days[0]!.slots[0]!.start).toBe('2026-12-01T09:00:00.000Z');
  });
});
