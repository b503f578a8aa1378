import { is, type SQL } from 'drizzle-orm';
import { PgTransaction, type PgDialect } from 'drizzle-orm/pg-core';
import { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { PostgresJsSession } from 'drizzle-orm/postgres-js/session';
import { type Sql } from 'postgres';
import { queueNow } from './_internal/queue-now';
import { isConnectionLost } from './errors';
import { executePipelined } from './execute-pipelined';
import { type Database } from './types';

type Rows = Record<string, unknown>[];
type ReservedSql = Sql & { release(): void };
type Internals = {
  dialect: PgDialect;
  session: { client?: Sql; schema?: unknown; options?: object };
};

const released = (): never => {
  throw new Error('This reserved connection went back to the pool: await every statement before the work using it settles (awaitAll).');
};
const RELEASED = Object.assign(released, { unsafe: released });

// Databases made by withReservedConnection: their one connection may open a transaction by hand.
const reservedDatabases = new WeakSet<object>();
// Those whose connection closed under executeInTransaction (whatever error it threw).
const lostDatabases = new WeakSet<object>();

/**
 * Runs `fn` with a database bound to one connection of the postgres.js pool (`sql.reserve()`):
 * statements `fn` sends together leave in one write on that connection (PostgreSQL runs them in
 * turn), where the pool would spread them over several, one write and one woken backend each; and
 * `executeInTransaction` on it needs no other connection. The connection goes back to the pool when
 * `fn` settles. On PGlite (one connection anyway) and inside a transaction it is `fn(db)`.
 */
export async function withReservedConnection<T>(db: Database, fn: (connection: Database) => Promise<T>): Promise<T> {
  if (!canReserve(db)) return fn(db);
  const { dialect, session } = db as unknown as Internals;
  const reserved = (await session.client!.reserve()) as ReservedSql;
  // The pool's own session, bound to the reserved connection: same dialect, schema and options.
  const bound = new PostgresJsSession(reserved, dialect, session.schema as never, session.options);
  const connection = new PostgresJsDatabase(dialect, bound as never, session.schema as never) as unknown as Database;
  reservedDatabases.add(connection);
  let isLost = false;
  try {
    return await fn(connection);
  } catch (error) {
    isLost = isConnectionLost(error) || lostDatabases.has(connection);
    throw error;
  } finally {
    // A statement sent through `connection` from now on (a sibling of a failed Promise.all that
    // carries on) must not run on a pool connection someone else may hold: it throws instead.
    (bound as unknown as { client: unknown }).client = RELEASED;
    // postgres.js (3.4.9) puts a released connection back among the open ones even when it closed
    // meanwhile, and the next query written to it throws from a timer, uncaught: the process dies
    // (porsager/postgres#1199, #1208). A closed one is already on the pool's closed list, where it
    // reconnects on demand: it must not be released.
    if (!isLost) reserved.release();
  }
}

/** True for a postgres.js pool (not a transaction, not a reserved connection, not PGlite). */
export function canReserve(db: Database): boolean {
  if (is(db, PgTransaction) || reservedDatabases.has(db)) return false;
  return typeof (db as unknown as Internals).session.client?.reserve === 'function';
}

/**
 * Runs `statements` (prepared, in order) as one transaction and returns each one's rows. On
 * postgres.js BEGIN, the statements and COMMIT leave in one write and come back together: one round
 * trip where `withTransaction` needs two at least (the work with its BEGIN, then COMMIT). A failing statement aborts the
 * transaction (the ones after it fail with 25P02 and COMMIT answers ROLLBACK); the first failure is
 * thrown, as is a failure of COMMIT itself (e.g. a deferred constraint). Inside an open transaction
 * the statements join it (pipelined); on PGlite they run in a transaction of their own, in turn.
 * Use it for writes that need nothing from each other's results (ids made by the caller).
 * `readsAfter` go in the same write right after COMMIT, on the same connection (so they see what was
 * committed), outside the transaction; their rows follow the statements'. Kept small, the whole
 * write stays under postgres.js's 1 kB flush and leaves in one socket write (past it, in two: the second once the server acknowledges the first).
 */
export async function executeInTransaction(db: Database, statements: SQL[], opts: { readsAfter?: SQL[] } = {}): Promise<Rows[]> {
  const after = opts.readsAfter ?? [];
  if (is(db, PgTransaction)) return executePipelined(db, [...statements, ...after]).rows;
  if (canReserve(db)) return withReservedConnection(db, (connection) => executeInTransaction(connection, statements, opts));
  if (!reservedDatabases.has(db)) {
    const written = await db.transaction((tx) => executePipelined(tx as unknown as Database, statements).rows);
    return [...written, ...(await executePipelined(db, after).rows)];
  }
  const { dialect, session } = db as unknown as Internals;
  const reserved = session.client!;
  const send = (text: string, params: unknown[] = []) => queueNow(reserved, text, params);
  // Built before BEGIN leaves: a statement that cannot be built must not strand an open transaction.
  const built = statements.map((statement) => dialect.sqlToQuery(statement));
  const reads = after.map((statement) => dialect.sqlToQuery(statement));
  const sent = [send('begin'), ...built.map(({ sql, params }) => send(sql, params)), send('commit'), ...reads.map(({ sql, params }) => send(sql, params))];
  // A statement still queued behind a describe (a cold or unnamed prepared statement) when the
  // connection closes is never answered: the first lost-connection failure ends the wait.
  const lost = new Promise<never>((_, reject) => {
    for (const query of sent) {
      query.catch((error: unknown) => {
        if (!isConnectionLost(error)) return;
        lostDatabases.add(db);
        reject(error);
      });
    }
  });
  lost.catch(() => undefined);
  const settled = await Promise.race([Promise.allSettled(sent), lost]);
  // In order: the first failure is the cause (the 25P02s after it its echo); a read after COMMIT
  // that fails is reported only when the transaction itself succeeded.
  const failure = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  const values = settled.map((outcome) => (outcome as PromiseFulfilledResult<Rows>).value);
  return [...values.slice(1, built.length + 1), ...values.slice(built.length + 2)];
}
