import { type DatabaseHandle } from '@salon/db';
import { checkReadiness } from '@salon/runtime';
import { AppError } from '@salon/errors';
import { healthRoutes, listen, requestId, sendError, withSafeErrors, type Logger } from '@salon/http';
import express from 'express';
import { type WorkerConfig } from './config';
import { purgeExpiredRecords } from './jobs/purge-expired-records';
import { runPeriodically } from './run-periodically';

/** The worker: background jobs, plus /healthz and /readyz for the orchestrator. */
export async function startWorker(opts: { config: WorkerConfig; database: DatabaseHandle; logger: Logger }) {
  const { config, database } = opts;
  const logger = withSafeErrors(opts.logger);
  const app = express();
  app.disable('x-powered-by');
  app.use(requestId(), healthRoutes(() => checkReadiness(database)));
  app.use((req, res) => sendError(req, res, new AppError('not_found', 'The worker serves /healthz and /readyz only.')));
  const server = await listen(app, config.WORKER_PORT, { drainMs: config.SHUTDOWN_TIMEOUT_MS });
  const ctx = { db: database.db, now: () => new Date() };
  const housekeeping = runPeriodically('purge-expired-records', config.HOUSEKEEPING_INTERVAL_MS, logger, async () => {
    if ((await checkReadiness(database)).ok) return purgeExpiredRecords({ ctx });
    return 'skipped: database not ready';
  });
  logger.info({ port: server.port }, 'worker listening');
  return {
    port: server.port,
    close: async () => {
      await housekeeping.stop();
      await server.close();
    },
  };
}
