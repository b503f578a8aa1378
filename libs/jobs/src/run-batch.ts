import { isAppError } from '@salon/errors';
import type PgBoss from 'pg-boss';
import { type z } from 'zod';
import { DEAD_LETTER_QUEUE, type JobName } from './catalogue';

/** The slice of a pino logger the engine uses. */
export type JobLogger = {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
};

type BatchSpec = {
  name: JobName;
  schema: z.ZodTypeAny;
  handler: (data: never, meta: { id: string; retryCount: number }) => Promise<unknown>;
  logger: JobLogger;
};

/**
 * Runs one fetched batch, each job on its own: one job's failure never fails its neighbours
 * (pg-boss 10 would fail the whole batch if the callback threw). A failed job is failed here, and
 * pg-boss then completes only the jobs still active. A payload that does not parse, or an AppError
 * that is not retryable (a provider's 4xx), is dead-lettered at once: its retry limit is set to the
 * attempts made, so pg-boss's fail() moves it to `failed` and copies it to the dead-letter queue.
 */
export async function runBatch(boss: PgBoss, spec: BatchSpec, jobs: Array<PgBoss.JobWithMetadata<object>>): Promise<void> {
  await Promise.all(
    jobs.map(async (job) => {
      const parsed = spec.schema.safeParse(job.data);
      try {
        if (!parsed.success) throw new PermanentJobError(`payload does not match the ${spec.name} schema: ${parsed.error.message}`);
        await spec.handler(parsed.data as never, { id: job.id, retryCount: job.retryCount });
      } catch (error) {
        await failJob(boss, spec, job, error);
      }
    }),
  );
}

class PermanentJobError extends Error {}

async function failJob(boss: PgBoss, spec: BatchSpec, job: PgBoss.JobWithMetadata<object>, error: unknown): Promise<void> {
  const isPermanent = error instanceof PermanentJobError || (isAppError(error) && !error.retryable);
  const isLast = isPermanent || job.retryCount >= job.retryLimit;
  const message = error instanceof Error ? error.message : String(error);
  const output = { queue: spec.name, jobId: job.id, attempt: job.retryCount + 1, isPermanent, message };
  if (isPermanent) {
    await boss.getDb().executeSql(
      'update pgboss.job set retry_limit = retry_count, dead_letter = coalesce(dead_letter, $3) where name = $1 and id = $2',
      [spec.name, job.id, DEAD_LETTER_QUEUE],
    );
  }
  await boss.fail(spec.name, job.id, output);
  if (isLast) spec.logger.error({ ...output }, 'job dead-lettered');
  else spec.logger.warn({ ...output }, 'job failed; will retry');
}
