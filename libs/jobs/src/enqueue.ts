import { type Database, type SQL } from '@salon/db';
import PgBoss from 'pg-boss';
import { DEAD_LETTER_QUEUE, JOBS, type Job } from './catalogue';
import { jobIdFor } from './job-id';
import { bindPlaceholders, drizzleExecutor, type SqlExecutor } from './sql-executors';

/** When and how often: `dedupeKey` makes the same logical job insert once (see jobIdFor). */
export type EnqueueOptions = {
  /** Run no earlier than this instant (UTC). */
  startAfter?: Date;
  /** The same key enqueues the same job once (while pg-boss keeps it; the handlers re-check anyway). */
  dedupeKey?: string;
};

/**
 * Only ever sends: its own connection is never opened (every send carries the caller's
 * transaction), so building it costs nothing and needs no configuration. Its SQL is pg-boss's.
 */
const sender = new PgBoss({
  db: { executeSql: () => Promise.reject(new Error('enqueue() always runs in the caller\'s transaction')) },
  schema: 'pgboss',
});

/**
 * Enqueues a catalogue job inside `db` (usually the caller's open transaction): it exists if and
 * only if that transaction commits. The payload is parsed first, so a job that could never be
 * worked is refused here, at the caller. Returns the job id, or null when `dedupeKey` found it
 * already enqueued.
 * @throws ZodError when the payload does not match the catalogue (a programming error)
 */
export async function enqueue(db: Database, job: Job, opts: EnqueueOptions = {}): Promise<string | null> {
  return sendJob(drizzleExecutor(db), sender, job, opts);
}

/**
 * The statement enqueue() would run, to send with others in one round trip (`executePipelined` of
 * @salon/db) inside the caller's transaction: pg-boss's own INSERT with this job's values. Runs
 * nothing; the payload is parsed here, as enqueue() parses it.
 * @throws ZodError when the payload does not match the catalogue (a programming error)
 */
export async function enqueueStatement(job: Job, opts: EnqueueOptions = {}): Promise<SQL> {
  let statement: SQL | undefined;
  const capture: SqlExecutor = {
    executeSql: async (text, values = []) => {
      statement = bindPlaceholders(text, values);
      return { rows: [] };
    },
  };
  await sendJob(capture, sender, job, opts);
  if (!statement) throw new Error(`pg-boss sent no statement for ${job.name}`);
  return statement;
}

/** Shared by enqueue() and the worker's own sends: the catalogue's retry policy travels with each job. */
export async function sendJob(executor: SqlExecutor, boss: PgBoss, job: Job, opts: EnqueueOptions): Promise<string | null> {
  const entry = JOBS[job.name];
  const data = entry.payload.parse(job.data) as object;
  return boss.send(job.name, data, {
    db: executor as PgBoss.Db,
    ...(opts.dedupeKey === undefined ? {} : { id: jobIdFor(`${job.name}:${opts.dedupeKey}`), singletonKey: opts.dedupeKey }),
    ...(opts.startAfter === undefined ? {} : { startAfter: opts.startAfter }),
    retryLimit: entry.policy.retryLimit,
    retryDelay: entry.policy.retryDelaySeconds,
    retryBackoff: true,
    // No expireIn here: the queue's (set by the worker at start) applies, so operators can tune it.
    deadLetter: DEAD_LETTER_QUEUE,
  });
}
