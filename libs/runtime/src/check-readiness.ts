import { checkMigrations, type DatabaseHandle } from '@salon/db';
import { type Readiness } from '@salon/http';

/** Ready = the database answers and every committed migration is applied. */
export async function checkReadiness(database: DatabaseHandle): Promise<Readiness> {
  try {
    await database.ping();
    const status = await checkMigrations(database);
    return status.ok
      ? { ok: true }
      : { ok: false, reason: `migrations pending (${status.applied} of ${status.expected} applied)` };
  } catch {
    return { ok: false, reason: 'the database is not reachable' };
  }
}
