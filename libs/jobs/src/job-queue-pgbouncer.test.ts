import { randomUUID } from 'node:crypto';
import { sql, withTransaction } from '@salon/db';
import { describeWithPgBouncer, startPgBouncer, useTestDatabase, type RunningPgBouncer } from '@salon/db/testing';
import { type BookingChangedPayload } from './catalogue';
import { enqueue } from './enqueue';
import { createJobQueue, type JobQueue } from './job-queue';

// The worker as docker-compose runs it: pg-boss's own pool and the app's postgres.js pool
// (DATABASE_POOL_MODE=transaction) both through pgBouncer in transaction mode. pg-boss keeps no
// session state (pg_advisory_xact_lock, unnamed statements, no LISTEN): it must start, take a job
// enqueued inside an app transaction, and complete it.
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

describeWithPgBouncer('the job engine through pgBouncer in transaction mode', () => {
  let bouncer: RunningPgBouncer;
  beforeAll(async () => {
    bouncer = await startPgBouncer({ serverUrl: process.env['DATABASE_URL']!, serverPoolSize: 4 });
  });
  let queue: JobQueue;
  // afterAll hooks run in declaration order: stop the queue and the bouncer before the database's own
  // hook drops the database, or pg-boss's graceful stop waits on connections to a dropped database.
  afterAll(async () => {
    await queue?.stop(5_000);
    await bouncer?.close();
  });
  const database = useTestDatabase({ poolMode: 'transaction', connectThrough: (name) => bouncer.urlFor(name) });
  beforeAll(async () => {
    queue = createJobQueue(database(), silent, { pollingIntervalSeconds: 0.5 });
    await queue.start();
  });

  it('starts, works a job enqueued inside an app transaction, and records it completed', async () => {
    const data: BookingChangedPayload = {
      bookingId: randomUUID(), kind: 'booking_confirmed', version: 1, staffId: randomUUID(),
      startsAt: '2026-12-01T10:00:00.000Z', endsAt: '2026-12-01T10:45:00.000Z', at: '2026-11-30T10:00:00.000Z',
    };
    const seen: string[] = [];
    await queue.work('booking-changed', async (job) => {
      seen.push(job.bookingId);
    });
    await withTransaction({ db: database().db }, (tx) => enqueue(tx, { name: 'booking-changed', data }));
    let state: string | undefined;
    for (let i = 0; i < 400 && state !== 'completed'; i += 1) {
      const rows = await database().db.execute(sql`select state from pgboss.job where name = 'booking-changed' and data->>'bookingId' = ${data.bookingId}`);
      state = ((Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{ state: string }>)[0]?.state;
      if (state !== 'completed') await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect([state, seen]).toEqual(['completed', [data.bookingId]]);
  });
});
