import { readFileSync } from 'node:fs';
import { sql, type Database } from '@salon/db';

/**
 * CPU (user + system) the other backends of `db`'s current database have used so far, in clock
 * ticks (USER_HZ, 100 per second on Linux: ×10 for milliseconds), read from /proc/<pid>/stat, so
 * PostgreSQL must run on this machine. Backends that exit between the query and the read count 0.
 */
export async function backendTicks(db: Database): Promise<number> {
  const rows = (await db.execute(sql`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`)) as unknown as { pid: number }[];
  return rows.reduce((sum, row) => {
    try {
      const fields = readFileSync(`/proc/${row.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return sum + Number(fields[11]) + Number(fields[12]);
    } catch { return sum; }
  }, 0);
}
