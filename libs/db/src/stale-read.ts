import { sql, type SQL } from 'drizzle-orm';
import { pgErrorCode } from './errors';

/** SQLSTATE `SR001` (ours, migration 0021): a guarded read changed before the transaction used it. */
export const STALE_READ = 'SR001';

/**
 * A statement that fails with SQLSTATE SR001 (see {@link isStaleRead}) unless `isCurrent`, a
 * boolean SQL expression, is true when it runs. For transactions sent whole in one write
 * (executeInTransaction), which cannot look at a read before COMMIT: put the lock that orders the
 * read against its writers first, then this statement re-running the read as `isCurrent`. Keep them
 * two statements: under READ COMMITTED a statement's snapshot is taken when it starts, so a
 * condition in the lock's own statement would not see a writer that committed while it waited.
 * `what` names the read in the error's message.
 */
export function staleReadGuard(isCurrent: SQL, what: string): SQL {
  return sql`select assert_current(${isCurrent}, ${what}::text)`;
}

/** True when a {@link staleReadGuard} failed: what the caller decided on is out of date; decide again. */
export function isStaleRead(err: unknown): boolean {
  return pgErrorCode(err) === STALE_READ;
}
