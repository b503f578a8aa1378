import { randomUUID } from 'node:crypto';
import { createTestSigner } from '@salon/auth/testing';
import { createTestDatabaseUrl, describeWithPostgres } from '@salon/db/testing';
import { spawnApp, type SpawnedApp } from '@salon/runtime/testing';

// Two customer-api replicas, each its own Node process running the real main.ts, on one
// PostgreSQL database and one Redis: one caller's budget (RATE_LIMIT_PER_MINUTE=5) holds across
// both, so a client that alternates between replicas (as NGINX round-robin makes it) still gets 5
// requests a minute, not 10. The caller is a fresh user per run, so no other run shares its key.
const REDIS_URL = process.env['REDIS_URL'];
if (!REDIS_URL) console.warn('replicas-rate-limit.test.ts: SKIPPED (needs REDIS_URL)');
const describeWithRedis = REDIS_URL ? describeWithPostgres : describe.skip;

describeWithRedis('two customer-api processes on one Redis', () => {
  const signer = createTestSigner();
  let database: Awaited<ReturnType<typeof createTestDatabaseUrl>>;
  let replicas: SpawnedApp[] = [];

  beforeAll(async () => {
    database = await createTestDatabaseUrl();
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: REDIS_URL!,
      CLERK_JWT_KEY: signer.publicKeyPem,
      RATE_LIMIT_PER_MINUTE: '5',
      RATE_LIMIT_PER_IP_PER_MINUTE: '1000000',
      LOG_LEVEL: 'warn',
    };
    replicas = await Promise.all([spawnApp('customer-api', env), spawnApp('customer-api', env)]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.close()));
    await database?.drop();
  }, 60_000);

  const me = async (replica: SpawnedApp, token: string) => {
    const res = await fetch(`${replica.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, remaining: res.headers.get('ratelimit-remaining'), retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { error?: { code: string } } };
  };
  const tokenFor = (name: string) => signer.sign({ sub: `user_${name}`, sid: `sess_${name}`, role: 'customer', expiresIn: '1h' });

  it('alternating replicas A, B, A, B, A spends one budget of 5; the sixth request is 429 on either replica', async () => {
    const [a, b] = replicas as [SpawnedApp, SpawnedApp];
    const token = await tokenFor(`ann-${randomUUID()}`);
    const answers = [];
    for (const replica of [a, b, a, b, a]) answers.push(await me(replica, token));
    expect(answers.map((answer) => [answer.status, answer.remaining])).toEqual([
      [200, '4'], [200, '3'], [200, '2'], [200, '1'], [200, '0'],
    ]);
    for (const replica of [b, a]) {
      const refused = await me(replica, token);
      expect([refused.status, refused.body.error?.code]).toEqual([429, 'rate_limited']);
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    }
    // Another caller has a budget of their own on both replicas.
    const other = await tokenFor(`bob-${randomUUID()}`);
    expect([(await me(a, other)).status, (await me(b, other)).status]).toEqual([200, 200]);
  });
});
