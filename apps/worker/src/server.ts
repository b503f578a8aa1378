import { checkReadiness } from '@salon/runtime';
import { type DatabaseHandle } from '@salon/db';
import { AppError } from '@salon/errors';
import { healthRoutes, listen, requestId, requireHost, sendError, withSafeErrors, type Logger } from '@salon/http';
import { createJobQueue, DEAD_LETTER_QUEUE } from '@salon/jobs';
import { createMailFolderNotifier, createSendGridNotifier, type Notifier } from '@salon/notifications';
import express, { type NextFunction, type Request, type Response } from 'express';
import { type WorkerConfig } from './config';
import { devMailRoutes } from './dev-mail';
import { registerJobs } from './register-jobs';

/**
 * The worker: the job engine (emails, reminders, housekeeping) plus /healthz, /readyz (which
 * also reports the queues) and, without SENDGRID_API_KEY, the dev mail folder at /dev/mail.
 * close() stops fetching, lets the jobs in hand finish, then closes the HTTP server.
 */
export async function startWorker(opts: { config: WorkerConfig; database: DatabaseHandle; logger: Logger; now?: () => Date }) {
  const { config, database } = opts;
  const logger = withSafeErrors(opts.logger);
  const queue = createJobQueue(database, logger, {
    pollingIntervalSeconds: config.JOB_POLL_INTERVAL_SECONDS,
    batchSize: config.JOB_BATCH_SIZE,
    maintenanceIntervalSeconds: config.JOB_MAINTENANCE_INTERVAL_SECONDS,
    expireInSeconds: config.JOB_EXPIRE_SECONDS,
  });
  const notifier: Notifier = config.SENDGRID_API_KEY
    ? createSendGridNotifier({ apiKey: config.SENDGRID_API_KEY, baseUrl: config.SENDGRID_BASE_URL, timeoutMs: Math.min(30_000, (config.JOB_EXPIRE_SECONDS ?? 120) * 500) })
    : createMailFolderNotifier(config.MAIL_DIR);
  const app = express();
  app.disable('x-powered-by');
  app.use(requestId());
  app.use(requireHost());
  // /readyz also reports the queues: ready = database reachable, migrations applied, job tables answering.
  app.get('/readyz', async (req, res) => {
    const readiness = await checkReadiness(database);
    const stats = readiness.ok ? await queue.stats().catch(() => undefined) : undefined;
    if (!stats) return sendError(req, res, new AppError('unavailable', `Not ready: ${readiness.ok ? 'the job tables do not answer' : readiness.reason}`));
    res.json({ status: 'ready', queues: stats, deadLetters: stats[DEAD_LETTER_QUEUE]?.created ?? 0 });
  });
  app.use(healthRoutes(() => checkReadiness(database)));
  app.get('/queues', async (req, res) => {
    const stats = await queue.stats().catch(() => undefined);
    if (!stats) return sendError(req, res, new AppError('unavailable', 'The job tables do not answer.'));
    res.json({ queues: stats, deadLetters: stats[DEAD_LETTER_QUEUE]?.created ?? 0 });
  });
  if (!config.SENDGRID_API_KEY) app.use(devMailRoutes(config.MAIL_DIR));
  app.use((req, res) => sendError(req, res, new AppError('not_found', 'The worker serves /healthz, /readyz, /queues and (in development) /dev/mail.')));
  // What a middleware refuses (requireHost) or throws, in the one envelope.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => sendError(req, res, error));
  await queue.start();
  await registerJobs({ queue, db: database.db, notifier, config, now: opts.now ?? (() => new Date()) });
  const server = await listen(app, config.WORKER_PORT, { drainMs: config.SHUTDOWN_TIMEOUT_MS });
  logger.info({ port: server.port, mail: config.SENDGRID_API_KEY ? 'sendgrid' : `folder ${config.MAIL_DIR}` }, 'worker listening');
  return {
    port: server.port,
    queue,
    close: async () => {
      await queue.stop(config.SHUTDOWN_TIMEOUT_MS);
      await server.close();
    },
  };
}
