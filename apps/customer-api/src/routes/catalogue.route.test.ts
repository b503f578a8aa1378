import { customerContract, PublicShopSchema } from '@salon/contracts-customer';
import { makeOwner, makeService, makeShop, makeStaff } from '@salon/db/testing';
import { createTestApi, errorEnvelope, startTypedClient, type TestApi } from '@salon/runtime/testing';
import request from 'supertest';
import { createCustomerApp } from '../app';

let api: TestApi;
let typed: Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;
const ids = {} as Record<'shop' | 'cut' | 'colour' | 'inactiveService' | 'deletedService' | 'ann' | 'bob' | 'closedShop' | 'closedShopService' | 'deletedShop' | 'deletedShopService', string>;

beforeAll(async () => {
  api = await createTestApi(createCustomerApp);
  typed = await startTypedClient(api, customerContract);
  const { db } = api.database;
  const owner = await makeOwner(db);
  const shop = await makeShop(db, { ownerId: owner.id, name: 'Cut Above', description: 'Walk-ins welcome', email: 'desk@cut.example', phone: '+44 20 7946 0000' });
  const cut = await makeService(db, { shopId: shop.id, name: 'Cut', priceMinor: 2500, durationMinutes: 30, bufferAfterMinutes: 10 });
  const colour = await makeService(db, { shopId: shop.id, name: 'Colour', category: 'Colour', priceMinor: 6000, durationMinutes: 90 });
  const inactiveService = await makeService(db, { shopId: shop.id, name: 'Perm', isActive: false });
  const deletedService = await makeService(db, { shopId: shop.id, name: 'Shave', deletedAt: new Date() });
  const ann = await makeStaff(db, { shopId: shop.id, displayName: 'Ann Smith-Jones', email: 'ann@private.example', serviceIds: [cut.id, colour.id, inactiveService.id] });
  const bob = await makeStaff(db, { shopId: shop.id, displayName: '  Bob ', serviceIds: [deletedService.id] });
  await makeStaff(db, { shopId: shop.id, displayName: 'Carl Away', isActive: false, serviceIds: [cut.id] });
  await makeStaff(db, { shopId: shop.id, displayName: 'Dee Gone', deletedAt: new Date() });
  const closedShop = await makeShop(db, { ownerId: owner.id, isActive: false });
  const deletedShop = await makeShop(db, { ownerId: owner.id, deletedAt: new Date() });
  Object.assign(ids, {
    shop: shop.id, cut: cut.id, colour: colour.id, inactiveService: inactiveService.id, deletedService: deletedService.id,
    ann: ann.id, bob: bob.id, closedShop: closedShop.id, closedShopService: (await makeService(db, { shopId: closedShop.id })).id,
    deletedShop: deletedShop.id, deletedShopService: (await makeService(db, { shopId: deletedShop.id })).id,
  });
});
afterAll(async () => {
  await typed.close();
  await api.close();
});

describe('GET /shops/{id} (public)', () => {
  it('shows the public projection only: no owner, no feed token, no booking policy', async () => {
    const res = await typed.client.catalogue.getShop({ params: { id: ids.shop }, query: {} });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(Object.keys(PublicShopSchema.shape).sort());
    expect(res.body).toMatchObject({ id: ids.shop, name: 'Cut Above', description: 'Walk-ins welcome', timeZone: 'Europe/London', currency: 'GBP' });
    expect(JSON.stringify(res.body)).not.toMatch(/owner|calendar|feed|notice|interval|isActive|deletedAt/i);
  });

  it.each([
    ['an inactive shop', () => ids.closedShop],
    ['a deleted shop', () => ids.deletedShop],
    ['an unknown id', () => '00000000-0000-4000-8000-000000000000'],
  ])('answers %s with 404 not_found', async (_name, id) => {
    const res = await typed.client.catalogue.getShop({ params: { id: id() }, query: {} });
    expect([res.status, res.body]).toEqual([404, errorEnvelope('not_found')]);
  });
});

describe('services (public)', () => {
  it('lists a shop\'s active services in menu order, the same under both paths, with the shop\'s currency', async () => {
    const a = await typed.client.catalogue.shopServices({ params: { shopId: ids.shop }, query: {} });
    const b = await typed.client.catalogue.servicesByShop({ params: { shopId: ids.shop }, query: {} });
    expect(a.status).toBe(200);
    expect(b.body).toEqual(a.body);
    if (a.status !== 200) return;
    expect(a.body.items).toEqual([
      { id: ids.cut, shopId: ids.shop, name: 'Cut', description: null, category: null, priceMinor: 2500, currency: 'GBP', durationMinutes: 30 },
      { id: ids.colour, shopId: ids.shop, name: 'Colour', description: null, category: 'Colour', priceMinor: 6000, currency: 'GBP', durationMinutes: 90 },
    ]);
    expect(a.body.nextCursor).toBeNull();
  });

  it('pages through services with the cursor, each once', async () => {
    const first = await typed.client.catalogue.servicesByShop({ params: { shopId: ids.shop }, query: { limit: 1 } });
    if (first.status !== 200) throw new Error(`status ${first.status}`);
    expect(first.body.items.map((s) => s.id)).toEqual([ids.cut]);
    const second = await typed.client.catalogue.servicesByShop({ params: { shopId: ids.shop }, query: { limit: 1, cursor: first.body.nextCursor! } });
    if (second.status !== 200) throw new Error(`status ${second.status}`);
    expect([second.body.items.map((s) => s.id), second.body.nextCursor]).toEqual([[ids.colour], null]);
  });

  it('shows one active service without internal columns', async () => {
    const res = await typed.client.catalogue.getService({ params: { id: ids.colour }, query: {} });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: ids.colour, shopId: ids.shop, name: 'Colour', description: null, category: 'Colour', priceMinor: 6000, currency: 'GBP', durationMinutes: 90 });
  });

  it.each([
    ['an inactive service', () => ids.inactiveService],
    ['a deleted service', () => ids.deletedService],
    ['a service of an inactive shop', () => ids.closedShopService],
    ['a service of a deleted shop', () => ids.deletedShopService],
    ['an unknown id', () => '00000000-0000-4000-8000-000000000000'],
  ])('answers %s with 404 not_found', async (_name, id) => {
    const res = await typed.client.catalogue.getService({ params: { id: id() }, query: {} });
    expect([res.status, res.body]).toEqual([404, errorEnvelope('not_found')]);
  });

  it.each([['an inactive', () => ids.closedShop], ['a deleted', () => ids.deletedShop]])('lists nothing of %s shop: 404', async (_name, id) => {
    for (const call of [typed.client.catalogue.shopServices, typed.client.catalogue.servicesByShop, typed.client.catalogue.shopStaff]) {
      const res = await call({ params: { shopId: id() }, query: {} });
      expect([res.status, res.body]).toEqual([404, errorEnvelope('not_found')]);
    }
  });
});

describe('GET /shops/{shopId}/staff (public)', () => {
  it('shows active staff by first name with the active services each performs: no surname, no email', async () => {
    const res = await typed.client.catalogue.shopStaff({ params: { shopId: ids.shop }, query: {} });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    expect(res.body.items).toEqual([
      { id: ids.ann, firstName: 'Ann', services: [{ id: ids.cut, name: 'Cut' }, { id: ids.colour, name: 'Colour' }] },
      { id: ids.bob, firstName: 'Bob', services: [] },
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/Smith|private\.example|email|Carl|Dee/);
  });
});

describe('public routes and the Authorization header', () => {
  it.each([
    ['a garbage token', async () => 'Bearer not.a.jwt'],
    ['another scheme', async () => 'Basic dXNlcjpwYXNz'],
    ['an expired token', async () => `Bearer ${await api.tokenFor('late', { expiresIn: -60 })}`],
    ['a header full of junk', async () => 'x'.repeat(4000)],
    ['a valid customer token', async () => `Bearer ${await api.tokenFor('browser', { role: 'customer' })}`],
  ])('ignores %s: 200, never 401 or 500', async (_name, header) => {
    const authorization = await header();
    for (const path of [`/shops/${ids.shop}`, `/shops/${ids.shop}/services`, `/services/${ids.cut}`, `/services/shop/${ids.shop}`, `/shops/${ids.shop}/staff`, `/schedules/shop/${ids.shop}`]) {
      const res = await request(api.app).get(`/api/v1${path}`).set('Authorization', authorization);
      expect([path, res.status]).toEqual([path, 200]);
    }
  });
});

describe('hostile input → 400 validation_failed, never a 500', () => {
  const paths = (id: string) => [`/shops/${id}`, `/shops/${id}/services`, `/services/${id}`, `/services/shop/${id}`, `/shops/${id}/staff`, `/schedules/shop/${id}`];

  it.each([
    ['a bad UUID', 'not-a-uuid'],
    ['a NUL byte', '%00'],
    ['a UUID with a NUL byte', `${'0'.repeat(8)}-0000-4000-8000-00000000000%00`],
    ['an oversized id', 'a'.repeat(5000)],
    ['SQL', "1'%20OR%20'1'='1"],
  ])('refuses %s in the path', async (_name, id) => {
    for (const path of paths(id)) {
      const res = await request(api.app).get(`/api/v1${path}`);
      expect([path, res.status, res.body]).toEqual([path, 400, errorEnvelope('validation_failed')]);
    }
  });

  it.each([
    ['an unknown parameter', 'colour=red'],
    ['a forged cursor', 'cursor=not-a-cursor'],
    ['an oversized cursor', `cursor=${'a'.repeat(600)}`],
    ['limit=0', 'limit=0'],
    ['limit=abc', 'limit=abc'],
  ])('refuses %s in the query', async (_name, query) => {
    for (const path of [`/shops/${ids.shop}/services`, `/services/shop/${ids.shop}`, `/shops/${ids.shop}/staff`]) {
      const res = await request(api.app).get(`/api/v1${path}?${query}`);
      expect([path, res.status, res.body]).toEqual([path, 400, errorEnvelope('validation_failed')]);
    }
  });

  it('refuses any query parameter on routes that take none', async () => {
    for (const path of [`/shops/${ids.shop}`, `/services/${ids.cut}`, `/schedules/shop/${ids.shop}`]) {
      const res = await request(api.app).get(`/api/v1${path}?limit=5`);
      expect([path, res.status, res.body]).toEqual([path, 400, errorEnvelope('validation_failed')]);
    }
  });
});

describe('route order', () => {
  type Layer = { route?: { path: string; methods: Record<string, boolean> } };
  it('registers no `:param` route before a static route it would swallow (e.g. /shops/:id before /shops/search)', () => {
    const stack = (api.app as unknown as { router: { stack: Layer[] } }).router.stack;
    const routes = stack.flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((method) => ({ method, path: layer.route!.path })) : []));
    const swallows = (earlier: string, later: string) => {
      const [a, b] = [earlier.split('/'), later.split('/')];
      return a.length === b.length && earlier !== later && a.every((part, i) => part.startsWith(':') || part === b[i]);
    };
    const shadowed = routes.flatMap((later, j) =>
      routes.slice(0, j).filter((earlier) => earlier.method === later.method && swallows(earlier.path, later.path)).map((earlier) => `${later.method} ${later.path} is swallowed by ${earlier.path}`),
    );
    expect(routes.length).toBeGreaterThan(10);
    expect(shadowed).toEqual([]);
  });
});
