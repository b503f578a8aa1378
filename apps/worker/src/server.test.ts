import { sql } from '@salon/db';
import { useTestDatabase } from '@salon/db/testing';
import { rawExchange } from '@salon/ports/testing';
import pino from 'pino';
import { loadWorkerConfig } from './config';
import { startWorker } from './server';


describe('the worker process', () => {
  const database = useTestDatabase();

  it('serves /healthz and /readyz, answers anything else 404 in the envelope, and shuts down cleanly', async () => {
    // Port 0: the OS picks a free one, so parallel test files never collide.
    const config = { ...loadWorkerConfig({}), WORKER_PORT: 0 };
    const worker = await startWorker({ config, database: database(), logger: pino({ level: 'silent' }) });
    const base = `http://127.0.0.1:${worker.port}`;
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      // Housekeeping is pg-boss cron: one schedule row, run once per tick across every worker process.
      const schedules = (await database().db.execute(sql`select name, cron, timezone from pgboss.schedule`)) as unknown;
      const rows = Array.isArray(schedules) ? schedules : (schedules as { rows: unknown[] }).rows;
      expect(rows).toEqual(expect.arrayContaining([
        { name: 'purge-expired-records', cron: '*/15 * * * *', timezone: 'UTC' },
        { name: 'expire-subscriptions', cron: '*/10 * * * *', timezone: 'UTC' },
      ]));
      expect(rows).toHaveLength(2);
      const other = await fetch(`${base}/api/v1/anything`);
      expect(other.status).toBe(404);
      expect(((await other.json()) as { error: { code: string } }).error.code).toBe('not_found');
      // An HTTP/1.1 request without Host: the 400 envelope, as on the APIs.
      const answer = await rawExchange(worker.port, 'GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n');
      expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
      expect(answer).toContain('"code":"validation_failed"');
    } finally {
      await worker.close();
    }
  });
});
