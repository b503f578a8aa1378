import { randomUUID } from 'node:crypto';
import { sql, withTransaction } from '@salon/db';
import { useTestDatabase } from '@salon/db/testing';
import { AppError } from '@salon/errors';
import { DEAD_LETTER_QUEUE, type BookingChangedPayload } from './catalogue';
import { createJobQueue, type JobQueue } from './job-queue';
import { enqueue } from './enqueue';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

const change = (): BookingChangedPayload => ({
  bookingId: randomUUID(),
  kind: 'booking_confirmed',
  version: 1,
  staffId: randomUUID(),
  startsAt: '2026-12-01T10:00:00.000Z',
  endsAt: '2026-12-01T10:45:00.000Z',
  at: '2026-11-30T10:00:00.000Z',
});

async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 400; i += 1) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the job engine', () => {
  let queue: JobQueue;
  afterAll(() => queue?.stop(5_000)); // declared first: it runs before the database's own hook drops it
  const database = useTestDatabase();
  beforeAll(async () => {
    queue = createJobQueue(database(), silent, { pollingIntervalSeconds: 0.5 });
    await queue.start();
  });

  const jobsOf = async (name: string, bookingId: string) => {
    const rows = await database().db.execute(sql`select state, retry_count, output from pgboss.job where name = ${name} and data->>'bookingId' = ${bookingId}`);
    return (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{ state: string; retry_count: number; output: unknown }>;
  };

  it('enqueues with the transaction: a rollback leaves no job, a commit one, a dedupe key at most one', async () => {
    const kept = change();
    const dropped = change();
    await withTransaction({ db: database().db }, (tx) => enqueue(tx, { name: 'booking-changed', data: kept }, { dedupeKey: kept.bookingId }));
    await withTransaction({ db: database().db }, (tx) => enqueue(tx, { name: 'booking-changed', data: kept }, { dedupeKey: kept.bookingId }));
    await expect(
      withTransaction({ db: database().db }, async (tx) => {
        await enqueue(tx, { name: 'booking-changed', data: dropped });
        throw new Error('lost the race');
      }),
    ).rejects.toThrow('lost the race');
    expect(await jobsOf('booking-changed', kept.bookingId)).toHaveLength(1);
    expect(await jobsOf('booking-changed', dropped.bookingId)).toHaveLength(0);
  });

  it('refuses a payload that is not in the catalogue at the caller', async () => {
    const bad = { ...change(), version: 0 };
    await expect(enqueue(database().db, { name: 'booking-changed', data: bad })).rejects.toThrow();
  });

  it('works jobs, retries a failure, and dead-letters a permanent error at once', async () => {
    const good = change();
    const flaky = change();
    const doomed = change();
    const seen: string[] = [];
    let flakyAttempts = 0;
    await queue.work('booking-changed', async (data) => {
      seen.push(data.bookingId);
      if (data.bookingId === flaky.bookingId && (flakyAttempts += 1) === 1) throw new Error('provider 503');
      if (data.bookingId === doomed.bookingId) throw new AppError('validation_failed', 'provider 400', { retryable: false });
    });
    for (const data of [good, flaky, doomed]) await enqueue(database().db, { name: 'booking-changed', data });
    await until(async () => ((await jobsOf('booking-changed', flaky.bookingId))[0]?.state === 'completed' ? true : undefined), 'the retry');
    const [doomedJob] = await until(async () => {
      const rows = await jobsOf('booking-changed', doomed.bookingId);
      return rows[0]?.state === 'failed' ? rows : undefined;
    }, 'the dead letter');
    expect(doomedJob!.retry_count).toBe(0);
    expect(seen.filter((id) => id === doomed.bookingId)).toHaveLength(1);
    expect((await jobsOf(DEAD_LETTER_QUEUE, doomed.bookingId)).length).toBe(1);
    expect((await jobsOf('booking-changed', good.bookingId))[0]?.state).toBe('completed');
    expect(flakyAttempts).toBe(2);
  });

  it('dead-letters a payload that does not parse, without running the handler or retrying', async () => {
    const id = randomUUID();
    // Written around the catalogue on purpose: what an old or foreign producer might leave behind.
    await database().db.execute(sql`insert into pgboss.job (name, data, retry_limit) values ('booking-changed', ${JSON.stringify({ bookingId: id })}::jsonb, 5)`);
    const [job] = await until(async () => {
      const rows = await jobsOf('booking-changed', id);
      return rows[0]?.state === 'failed' ? rows : undefined;
    }, 'the dead letter');
    expect(job!.retry_count).toBe(0);
    expect((await jobsOf(DEAD_LETTER_QUEUE, id)).length).toBe(1);
  });
});
