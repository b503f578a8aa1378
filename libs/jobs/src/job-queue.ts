import { type DatabaseHandle } from '@salon/db';
import PgBoss from 'pg-boss';
import { DEAD_LETTER_QUEUE, JOBS, type Job, type JobName, type JobPayload } from './catalogue';
import { sendJob, type EnqueueOptions } from './enqueue';
import { runBatch, type JobLogger } from './run-batch';
import { pgliteExecutor } from './sql-executors';

/** Throughput and latency knobs; the defaults suit production, tests shorten the intervals. */
export type JobQueueOptions = {
  /** Seconds between polls of an idle queue (pg-boss allows ≥ 0.5). */
  pollingIntervalSeconds?: number;
  /** Jobs fetched per poll; a full batch fetches again at once instead of waiting for the next poll. */
  batchSize?: number;
  /** Seconds between pg-boss maintenance runs (expires jobs of crashed workers, archives, cron). */
  maintenanceIntervalSeconds?: number;
  /** pg-boss's own pool size on PostgreSQL. */
  maxConnections?: number;
  /**
   * Run time limit of every job, in seconds (default: each queue's catalogue policy). A worker
   * killed mid-job leaves it active until then; maintenance then fails it and it is retried.
   */
  expireInSeconds?: number;
};

/** A handler gets the parsed payload; throw AppError `{ retryable: false }` to dead-letter, anything else retries. */
export type JobHandler<N extends JobName> = (data: JobPayload<N>, meta: { id: string; retryCount: number }) => Promise<unknown>;

/** Counts per queue and state, for /readyz and operators. */
export type QueueStats = Record<string, Partial<Record<'created' | 'retry' | 'active' | 'completed' | 'failed' | 'cancelled', number>>>;

/**
 * The job engine (pg-boss) over the app's database: its own `pg` pool on PostgreSQL, the shared
 * connection on PGlite. Several worker processes may run one each: pg-boss hands every job to one
 * of them (`FOR UPDATE SKIP LOCKED`) and runs cron in one.
 */
export function createJobQueue(database: DatabaseHandle, logger: JobLogger, options: JobQueueOptions = {}) {
  const batchSize = options.batchSize ?? 10;
  const boss = new PgBoss({
    ...(database.kind === 'postgres'
      ? { connectionString: database.url, max: options.maxConnections ?? 4, application_name: 'salon-worker' }
      : { db: pgliteExecutor(requirePglite(database)) }),
    schema: 'pgboss',
    migrate: true,
    pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
    cronWorkerIntervalSeconds: Math.min(options.maintenanceIntervalSeconds ?? 30, 30),
    cronMonitorIntervalSeconds: Math.min(options.maintenanceIntervalSeconds ?? 30, 30),
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job engine error'));
  const workerIds: string[] = [];

  return {
    /** Connects, and creates any catalogue queue a migration has not (idempotent). */
    async start(): Promise<void> {
      await boss.start();
      await boss.createQueue(DEAD_LETTER_QUEUE);
      for (const name of Object.keys(JOBS)) {
        const settings = { name, deadLetter: DEAD_LETTER_QUEUE, expireInSeconds: options.expireInSeconds ?? JOBS[name as JobName].policy.expireInSeconds };
        await boss.createQueue(name, settings);
        await boss.updateQueue(name, settings);
      }
    },
    /** Sends outside any transaction (the worker's own fan-out); same dedupe rules as enqueue(). */
    send(job: Job, opts: EnqueueOptions = {}): Promise<string | null> {
      return sendJob(boss.getDb() as never, boss, job, opts);
    },
    /**
     * Works a catalogue queue: payloads are parsed first (a bad one is dead-lettered, never retried).
     * `concurrency` fetch loops each take `batchSize` jobs (default: the queue's options) and run a
     * batch's jobs side by side. For a side effect that cannot be made idempotent (an email), use
     * batchSize 1: then a crash can repeat at most `concurrency` of them.
     */
    async work<N extends JobName>(name: N, handler: JobHandler<N>, opts: { batchSize?: number; concurrency?: number } = {}): Promise<void> {
      const size = opts.batchSize ?? batchSize;
      for (let i = 0; i < (opts.concurrency ?? 1); i += 1) {
        let workerId = '';
        workerId = await boss.work<object>(name, { batchSize: size, includeMetadata: true }, async (jobs) => {
          await runBatch(boss, { name, schema: JOBS[name].payload, handler: handler as JobHandler<JobName>, logger }, jobs);
          // pg-boss 10 waits a full poll interval after each batch; a full batch means more are waiting.
          if (jobs.length === size) boss.notifyWorker(workerId);
        });
        workerIds.push(workerId);
      }
    },
    /** Cron in UTC; one run per tick across all workers (pg-boss's own lock). */
    schedule(name: JobName, cron: string): Promise<void> {
      return boss.schedule(name, cron, {}, { tz: 'UTC', deadLetter: DEAD_LETTER_QUEUE });
    },
    async stats(): Promise<QueueStats> {
      const { rows } = await boss.getDb().executeSql('select name, state, count(*)::int as n from pgboss.job group by name, state', []);
      const stats: QueueStats = {};
      for (const row of rows as Array<{ name: string; state: keyof QueueStats[string]; n: number }>) {
        (stats[row.name] ??= {})[row.state] = Number(row.n);
      }
      return stats;
    },
    /** Stops fetching, waits up to `timeoutMs` for the jobs in hand to finish, then closes. */
    async stop(timeoutMs = 30_000): Promise<void> {
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: true });
    },
  };
}

export type JobQueue = ReturnType<typeof createJobQueue>;

function requirePglite(database: DatabaseHandle) {
  if (!database.pglite) throw new Error('createJobQueue: a PGlite handle without its client');
  return database.pglite;
}
