import { baseEnvShape, billingEnvShape, checkBillingEnv, loadConfig, port } from '@salon/config';
import { z } from 'zod';

export const WorkerConfigSchema = z
  .object({
    ...baseEnvShape,
    ...billingEnvShape,
    WORKER_PORT: port(3003),
    /** Unset: every email is kept as a file under MAIL_DIR and shown at GET /dev/mail (refused in production). */
    SENDGRID_API_KEY: z.string().min(1).optional(),
    /** Tests only: the local SendGrid test server. */
    SENDGRID_BASE_URL: z.string().url().optional(),
    EMAIL_FROM: z.string().email().default('bookings@salon.localhost'),
    MAIL_DIR: z.string().default('.data/mail'),
    /** Minutes before the start a reminder goes out; none for a booking made inside it. Fractions allowed (tests use seconds). */
    REMINDER_LEAD_MINUTES: z.coerce.number().positive().max(43_200).default(1440),
    /** Seconds between polls of an idle queue (≥ 0.5). */
    JOB_POLL_INTERVAL_SECONDS: z.coerce.number().min(0.5).max(60).default(1),
    /** Jobs fetched per poll and worked at once. */
    JOB_BATCH_SIZE: z.coerce.number().int().min(1).max(200).default(20),
    /** Seconds between the engine's maintenance runs (expiring the jobs of a crashed worker, archiving). */
    JOB_MAINTENANCE_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /**
     * Emails in flight per worker process. A crash can send at most this many twice (the 202 came,
     * the record did not), so 1 keeps duplicates at one per crash; raise it for throughput.
     */
    EMAIL_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(1),
    /** Run time limit of a job in seconds; a crashed worker's jobs are retried after it. Default: per queue (120 s for emails). */
    JOB_EXPIRE_SECONDS: z.coerce.number().int().min(1).max(86_399).optional(),
    /** When housekeeping (expired idempotency keys, revoked sessions) runs: cron, UTC. */
    HOUSEKEEPING_CRON: z.string().default('*/15 * * * *'),
    /** When subscriptions past their end or past due beyond BILLING_GRACE_DAYS drop to Free: cron, UTC. */
    BILLING_EXPIRY_CRON: z.string().default('*/10 * * * *'),
  })
  .superRefine((config, ctx) => {
    checkBillingEnv(config, ctx);
    if (config.NODE_ENV === 'production' && !config.SENDGRID_API_KEY) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['SENDGRID_API_KEY'],
        message: 'required in production: without it emails are only written to MAIL_DIR (the dev mail folder)',
      });
    }
  });
export type WorkerConfig = z.infer<typeof WorkerConfigSchema>;

/** Parsed once at start; throws a ConfigError naming every bad variable. */
export const loadWorkerConfig = (env: Record<string, string | undefined>): WorkerConfig =>
  loadConfig(WorkerConfigSchema, env);
