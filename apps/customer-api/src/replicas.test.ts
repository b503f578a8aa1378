import { randomUUID } from 'node:crypto';
import { createTestSigner } from '@salon/auth/testing';
import { makeBookableShop } from '@salon/booking/testing';
import { startRedisServer, type TestRedisServer } from '@salon/cache/testing';
import { createDatabase } from '@salon/db';
import { createTestDatabaseUrl, describeWithPostgres } from '@salon/db/testing';
import { spawnApp, type SpawnedApp } from '@salon/runtime/testing';

// Two customer-api replicas, each its own Node process running the real main.ts, on one
// PostgreSQL database and one Redis: one caller's budget (RATE_LIMIT_PER_MINUTE=5) holds across
// both, so a client that alternates between replicas (as NGINX round-robin makes it) still gets 5
// requests a minute, not 10; and what one replica books, the other stops offering at once
// (whatever either caches). The Redis is the test's own: on the shared one, keys such as
// rl:customer-api:caller:ip:127.0.0.1 (anonymous reads) also counted other suites' customer-apis
// in the same minute against this test's budget of 5, and its slot list answered 429.
describeWithPostgres('two customer-api processes on one Redis', () => {
  const signer = createTestSigner();
  let database: Awaited<ReturnType<typeof createTestDatabaseUrl>>;
  let redis: TestRedisServer;
  let replicas: SpawnedApp[] = [];

  beforeAll(async () => {
    database = await createTestDatabaseUrl();
    redis = await startRedisServer();
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      CLERK_JWT_KEY: signer.publicKeyPem,
      RATE_LIMIT_PER_MINUTE: '5',
      RATE_LIMIT_PER_IP_PER_MINUTE: '1000000',
      LOG_LEVEL: 'warn',
    };
    replicas = await Promise.all([spawnApp('customer-api', env), spawnApp('customer-api', env)]);
    // One request each first: the first request loads and compiles the route's modules, and a loaded
    // machine could then hold the event loop past the Redis command timeout (500 ms), which fails
    // open to per-process counting by design; the budget test must not meet that.
    const warm = await tokenFor(`warm-${randomUUID()}`);
    for (const replica of replicas) await me(replica, warm);
  }, 180_000);
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.close()));
    await database?.drop();
    await redis?.stop();
  }, 60_000);

  const me = async (replica: SpawnedApp, token: string) => {
    const res = await fetch(`${replica.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, remaining: res.headers.get('ratelimit-remaining'), retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { error?: { code: string } } };
  };
  /** The first Monday–Friday `minDays` or more days after `now`, as YYYY-MM-DD (London is UTC or UTC+1: same date at 09–17). */
  const nextWeekday = (now: Date, minDays: number) => {
    const day = new Date(now.getTime() + minDays * 86_400_000);
    while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
    return day.toISOString().slice(0, 10);
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

  it('a slot booked through replica A is gone from the list replica B gives right after', async () => {
    const [a, b] = replicas as [SpawnedApp, SpawnedApp];
    const handle = await createDatabase({ url: database.url, maxConnections: 2 });
    const { shop, service } = await makeBookableShop(handle.db);
    await handle.close();
    const day = nextWeekday(new Date(), 2);
    const slotsOn = async (replica: SpawnedApp) => {
      const url = `${replica.url}/api/v1/schedules/calendar-view/${shop.id}?serviceId=${service.id}&from=${day}&to=${day}`;
      const res = await fetch(url);
      const body = (await res.json()) as { days?: Array<{ slots: Array<{ start: string }> }> };
      if (!body.days) throw new Error(`calendar-view answered ${res.status} ${JSON.stringify(body)}`); // says why, not "reading 'flatMap'"
      return body.days.flatMap((d) => d.slots.map((slot) => slot.start));
    };
    const before = await slotsOn(b);
    expect(before.length).toBeGreaterThan(0);
    const start = before[0]!;
    const booked = await fetch(`${a.url}/api/v1/bookings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await tokenFor(`cara-${randomUUID()}`)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ shopId: shop.id, serviceId: service.id, start }),
    });
    expect(booked.status).toBe(201);
    expect(await slotsOn(b)).not.toContain(start);
  });
});
