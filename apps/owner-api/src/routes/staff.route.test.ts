import { liftPlanLimits } from '@salon/billing/testing';
import { ownerContract } from '@salon/contracts-owner';
import { isForeignKeyViolation, sql } from '@salon/db';
import { makeBooking, makeService, makeShop, makeStaff } from '@salon/db/testing';
import { createTestApi, errorEnvelope, runRouteSecurityTests, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createOwnerApp } from '../app';

describe('owner-api: staff', () => {
  let api: TestApi;
  let typed: Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;
  let owner: Record<string, string>;
  let shopId: string;
  let cut: { id: string };
  let colour: { id: string };
  let otherShopServiceId: string;
  let theirs: { shopId: string; staffId: string; serviceId: string };

  beforeAll(async () => {
    api = await createTestApi(createOwnerApp);
    await liftPlanLimits(api.database.db); // not about plans: this owner runs two shops (Free allows one)
    typed = await startTypedClient(api, ownerContract);
    owner = typed.as(await api.tokenFor('stella', { role: 'owner' }));
    const made = async (name: string) => {
      const res = await typed.client.shops.create({ body: { name, timeZone: 'Australia/Sydney', currency: 'AUD' }, extraHeaders: owner });
      if (res.status !== 201) throw new Error('setup');
      return res.body.id;
    };
    shopId = await made('Stella');
    const secondShopId = await made('Stella Two');
    const db = api.database.db;
    cut = await makeService(db, { shopId, name: 'Cut', priceMinor: 5000, durationMinutes: 30 });
    colour = await makeService(db, { shopId, name: 'Colour', priceMinor: 12000, durationMinutes: 90 });
    otherShopServiceId = (await makeService(db, { shopId: secondShopId })).id;
    const theirShop = await makeShop(db);
    theirs = { shopId: theirShop.id, staffId: (await makeStaff(db, { shopId: theirShop.id })).id, serviceId: (await makeService(db, { shopId: theirShop.id })).id };
  });
  afterAll(async () => {
    await typed.close();
    await api.close();
  });

  const hire = async (displayName = 'Ana') => {
    const res = await typed.client.staff.create({ params: { shopId }, body: { displayName, email: 'ana@stella.example' }, extraHeaders: owner });
    if (res.status !== 201) throw new Error(`status ${res.status}`);
    return res.body;
  };

  it('adds a staff member, sets the services they perform with own price and duration, and shows them', async () => {
    const ana = await hire();
    expect(ana).toMatchObject({ shopId, displayName: 'Ana', email: 'ana@stella.example', isActive: true, services: [] });
    const res = await typed.client.staff.setServices({
      params: { id: ana.id },
      body: { services: [{ serviceId: cut.id, priceMinor: 6000 }, { serviceId: colour.id, durationMinutes: 75, priceMinor: null }] },
      extraHeaders: owner,
    });
    expect(res.status).toBe(200);
    const expected = [
      { serviceId: cut.id, name: 'Cut', priceMinor: 6000, durationMinutes: null, effectivePriceMinor: 6000, effectiveDurationMinutes: 30, currency: 'AUD' },
      { serviceId: colour.id, name: 'Colour', priceMinor: null, durationMinutes: 75, effectivePriceMinor: 12000, effectiveDurationMinutes: 75, currency: 'AUD' },
    ];
    expect(res.body).toMatchObject({ id: ana.id, services: expected });
    expect(await typed.client.staff.get({ params: { id: ana.id }, extraHeaders: owner })).toMatchObject({ status: 200, body: { services: expected } });
    const replaced = await typed.client.staff.setServices({ params: { id: ana.id }, body: { services: [{ serviceId: colour.id }] }, extraHeaders: owner });
    expect(replaced).toMatchObject({ status: 200, body: { services: [{ serviceId: colour.id, priceMinor: null, durationMinutes: null }] } });
    const list = await typed.client.staff.listByShop({ params: { shopId }, extraHeaders: owner });
    expect(list).toMatchObject({ status: 200, body: { items: expect.arrayContaining([expect.objectContaining({ id: ana.id })]) } });
  });

  it.each([
    ['a service of another of the caller\'s shops', () => [{ serviceId: otherShopServiceId }]],
    ['an unknown service id', () => [{ serviceId: '00000000-0000-4000-8000-000000000000' }]],
    ['another owner\'s service', () => [{ serviceId: cut.id }, { serviceId: theirs.serviceId }]],
    ['the same service twice', () => [{ serviceId: cut.id }, { serviceId: cut.id }]],
    ['a bad UUID', () => [{ serviceId: 'cut' }]],
    ['a negative own price', () => [{ serviceId: cut.id, priceMinor: -1 }]],
  ])('refuses %s with 400 naming the list entry, and keeps the current list', async (_name, services) => {
    const ana = await hire();
    await typed.client.staff.setServices({ params: { id: ana.id }, body: { services: [{ serviceId: colour.id }] }, extraHeaders: owner });
    const list = services();
    const res = await typed.client.staff.setServices({ params: { id: ana.id }, body: { services: list }, extraHeaders: owner });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(errorEnvelope('validation_failed'));
    const paths = (res.body as { error: { details: { path: string }[] } }).error.details.map((d) => d.path);
    expect(paths.some((path) => path.startsWith(`body.services.${list.length - 1}.`))).toBe(true);
    expect(await typed.client.staff.get({ params: { id: ana.id }, extraHeaders: owner })).toMatchObject({ body: { services: [{ serviceId: colour.id }] } });
  });

  it('is refused by the database too: a staff_services row across shops fails its same-shop key', async () => {
    const ana = await hire();
    const insert = api.database.db.execute(
      sql`insert into staff_services (shop_id, staff_id, service_id) values (${shopId}, ${ana.id}, ${otherShopServiceId})`,
    );
    expect(isForeignKeyViolation(await insert.then(() => undefined, (error: unknown) => error))).toBe(true);
  });

  it('updates only the given fields', async () => {
    const bo = await hire('Bo');
    const res = await typed.client.staff.update({ params: { id: bo.id }, body: { isActive: false, email: null }, extraHeaders: owner });
    expect(res).toMatchObject({ status: 200, body: { displayName: 'Bo', isActive: false, email: null } });
  });

  it('refuses to remove someone with upcoming active bookings (409 with the count), and removes them afterwards', async () => {
    const cy = await hire('Cy');
    await makeBooking(api.database.db, { shopId, staffId: cy.id, serviceId: cut.id, startsAt: new Date('2030-02-04T10:00:00Z') });
    await makeBooking(api.database.db, { shopId, staffId: cy.id, serviceId: cut.id, startsAt: new Date('2020-02-04T10:00:00Z'), status: 'completed' });
    const refused = await typed.client.staff.remove({ params: { id: cy.id }, extraHeaders: owner });
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual(errorEnvelope('conflict'));
    expect(JSON.stringify(refused.body)).toContain('1 upcoming booking');
    await api.database.db.execute(sql`update bookings set status = 'cancelled' where staff_id = ${cy.id}`);
    expect((await typed.client.staff.remove({ params: { id: cy.id }, extraHeaders: owner })).status).toBe(204);
    expect((await typed.client.staff.get({ params: { id: cy.id }, extraHeaders: owner })).status).toBe(404);
    const list = await typed.client.staff.listByShop({ params: { shopId }, extraHeaders: owner });
    if (list.status !== 200) throw new Error('list');
    expect(list.body.items.map((member) => member.id)).not.toContain(cy.id);
  });

  it.each([
    ['an empty name', { displayName: '' }, 'body.displayName'],
    ['a NUL byte', { displayName: 'A\u0000' }, 'body.displayName'],
    ['a bad email', { displayName: 'A', email: 'nope' }, 'body.email'],
    ['an unknown field', { displayName: 'A', shopId: '00000000-0000-4000-8000-000000000000' }, 'body'],
  ])('refuses %s with 400 naming the field', async (_name, body, path) => {
    const res = await typed.client.staff.create({ params: { shopId }, body: body as never, extraHeaders: owner });
    expect(res.status).toBe(400);
    expect((res.body as { error: { details: { path: string }[] } }).error.details.map((d) => d.path)).toContain(path);
  });

  it.each([
    ['a bad UUID in the path', () => request(api.app).get('/api/v1/staff/42')],
    ['a bad shop UUID in the path', () => request(api.app).get('/api/v1/shops/42/staff')],
    ['a services list that is not a list', () => request(api.app).put(`/api/v1/staff/${theirs.staffId}/services`).send({ services: 'all' })],
    ['malformed JSON', () => request(api.app).put(`/api/v1/staff/${theirs.staffId}`).set('Content-Type', 'application/json').send('{"a"')],
    ['a limit on the unpaged list', () => request(api.app).get(`/api/v1/shops/${shopId}/staff?limit=0x10`)],
  ])('answers %s with 400 in the error shape', async (_name, build) => {
    const res = await build().set(owner);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: expect.stringMatching(/^(validation_failed|malformed_json)$/) });
  });

  runRouteSecurityTests(() => api, {
    role: 'owner',
    routes: () => ({
      create: { method: 'post', path: `/api/v1/shops/${theirs.shopId}/staff`, body: { displayName: 'X' } },
      listByShop: { method: 'get', path: `/api/v1/shops/${theirs.shopId}/staff` },
      get: { method: 'get', path: `/api/v1/staff/${theirs.staffId}` },
      update: { method: 'put', path: `/api/v1/staff/${theirs.staffId}`, body: { displayName: 'Mine' } },
      remove: { method: 'delete', path: `/api/v1/staff/${theirs.staffId}` },
      setServices: { method: 'put', path: `/api/v1/staff/${theirs.staffId}/services`, body: { services: [] } },
    }),
  });
});
