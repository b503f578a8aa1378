import { createTestSigner } from '@salon/auth/testing';
import { createTestDatabaseUrl, describeWithPostgres } from '@salon/db/testing';
import { nginxBinary } from './local-nginx';
import { startStack, type Stack } from './stack';

// deploy/nginx.conf in front of two real replicas of each API (the bench's stack, PostgreSQL
// directly): what the config promises, checked against a running NGINX. Needs nginx installed.
const describeWithNginx = nginxBinary() ? describeWithPostgres : describe.skip;
if (!nginxBinary()) console.warn('nginx.test.ts: SKIPPED (needs nginx: apt-get install nginx)');

describeWithNginx('deploy/nginx.conf in front of two replicas per API', () => {
  let stack: Stack;
  let database: Awaited<ReturnType<typeof createTestDatabaseUrl>>;
  beforeAll(async () => {
    database = await createTestDatabaseUrl();
    stack = await startStack({ databaseUrl: database.url, jwtKey: createTestSigner().publicKeyPem, replicas: 2, pool: 'direct', logLevel: 'warn' });
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    await database?.drop();
  }, 60_000);
  const customer = () => stack.customerTargets[0]!;

  it('passes a well-formed X-Request-Id through to the app and back, and replaces an unsafe one', async () => {
    const kept = await fetch(`${customer()}/api/v1/shops?limit=1`, { headers: { 'x-request-id': 'client-abc-12345' } });
    expect([kept.status, kept.headers.get('x-request-id')]).toEqual([200, 'client-abc-12345']);
    const replaced = await fetch(`${customer()}/api/v1/shops?limit=1`, { headers: { 'x-request-id': 'bad id "quoted"' } });
    expect(replaced.status).toBe(200);
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses a body over 100 kB itself, in the apps\' error shape with the request id', async () => {
    const res = await fetch(`${customer()}/api/v1/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'too-large-0001' },
      body: JSON.stringify({ pad: 'x'.repeat(150 * 1024) }),
    });
    expect(res.status).toBe(413);
    // NGINX's wording ("100 kB"); the app's own refusal says "100kb": this one never reached a replica.
    const message = 'The request body is larger than 100 kB.';
    expect(await res.json()).toEqual({ error: { code: 'payload_too_large', message, details: [], requestId: 'too-large-0001' } });
  });

  it('lets a body just under the limit reach the app (which answers it, here 401 without a token)', async () => {
    const res = await fetch(`${customer()}/api/v1/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(90 * 1024) }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
  });

  it('answers on both APIs\' ports, each with its own app', async () => {
    const owner = await fetch(`${stack.ownerTargets[0]}/api/v1/openapi.json`);
    const cust = await fetch(`${customer()}/api/v1/openapi.json`);
    const titles = [((await owner.json()) as { info: { title: string } }).info.title, ((await cust.json()) as { info: { title: string } }).info.title];
    expect(titles[0]).not.toEqual(titles[1]);
  });

  // Last: it stops a replica for good.
  it('routes around a customer-api replica that has stopped: every GET still answers 200', async () => {
    await stack.apps.customer[0]!.close();
    const statuses = [];
    for (let i = 0; i < 20; i++) statuses.push((await fetch(`${customer()}/api/v1/shops?limit=1`)).status);
    expect(statuses).toEqual(statuses.map(() => 200));
  });
});
