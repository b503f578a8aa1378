import { AppError } from '@salon/errors';
import { Router } from 'express';
import { sendError } from './send-error';

export type Readiness = { ok: true } | { ok: false; reason: string };

/**
 * /healthz: the process is alive. /readyz: it can serve (database reachable, migrations
 * applied), so a load balancer sends no traffic before then.
 */
export function healthRoutes(checkReadiness: () => Promise<Readiness>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    let readiness: Readiness;
    try {
      readiness = await checkReadiness();
    } catch {
      readiness = { ok: false, reason: 'The database is not reachable.' };
    }
    if (readiness.ok) {
      res.json({ status: 'ready' });
      return;
    }
    sendError(req, res, new AppError('unavailable', `Not ready: ${readiness.reason}`));
  });
  return router;
}
