import { is, sql } from 'drizzle-orm';
import { PgTransaction, type PgDialect } from 'drizzle-orm/pg-core';
import { PostgresJsTransaction } from 'drizzle-orm/postgres-js';
import { type Sql } from 'postgres';
import { queueNow } from './_internal/queue-now';
import { isConnectionLost } from './errors';
import { canReserve, withReservedConnection } from './execute-in-transaction';
import { type Database, type Transaction } from './types';

type Internals = { dialect: PgDialect; session: { client: Sql; schema?: unknown } };

/**
 * Runs `fn` in a transaction, reusing the caller's if `ctx.db` already is one (openstatus's
 * pattern): a use case that needs atomicity works alone and inside a bigger use case alike.
 * Reusing means no savepoint: an error inside rolls back the whole outer transaction.
 * On postgres.js the transaction is ours, on a reserved connection: BEGIN leaves in the same write
 * as `fn`'s first statement (one round trip fewer than postgres.js's `begin()`, which waits for
 * it), and a connection that died under `fn` is neither written to (no ROLLBACK) nor released: its
 * socket is gone, and postgres.js 3.4.9 would crash the process from a timer on the next write
 * (porsager/postgres#1199, #1208). `tx.transaction(inner)` is a savepoint, as in drizzle.
 *
 * @example
 * await withTransaction(ctx, async (tx) => { await tx.insert(bookings)…; await tx.insert(bookingHolds)…; });
 */
export async function withTransaction<T>(ctx: { db: Database }, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  // Drizzle's `is` rather than instanceof: it also recognises a class from a second copy of Drizzle.
  if (is(ctx.db, PgTransaction)) return fn(ctx.db as Transaction);
  if (!canReserve(ctx.db)) return ctx.db.transaction(fn);
  return withReservedConnection(ctx.db, (connection) => inOwnTransaction(connection, fn));
}

async function inOwnTransaction<T>(connection: Database, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  const { dialect, session } = connection as unknown as Internals;
  // Queued now, BEGIN leaves with whatever fn sends in this tick.
  const send = (text: string) => queueNow(session.client, text);
  const begin = send('begin');
  begin.catch(() => undefined);
  const tx = new PostgresJsTransaction(dialect, session as never, session.schema as never) as unknown as Transaction;
  tx.transaction = (inner) => inSavepoint(tx, inner as never) as never;
  try {
    const result = await fn(tx);
    await begin;
    await send('commit');
    return result;
  } catch (error) {
    if (!isConnectionLost(error)) await send('rollback').catch(() => undefined);
    throw error;
  }
}

let savepoints = 0;

/** drizzle's nested transaction: a savepoint of the open one, rolled back alone when `inner` throws. */
async function inSavepoint<T>(tx: Transaction, inner: (tx: Transaction) => Promise<T>): Promise<T> {
  const name = sql.raw(`salon_sp_${(savepoints += 1)}`);
  await tx.execute(sql`savepoint ${name}`);
  try {
    const result = await inner(tx);
    await tx.execute(sql`release savepoint ${name}`);
    return result;
  } catch (error) {
    if (!isConnectionLost(error)) await tx.execute(sql`rollback to savepoint ${name}`);
    throw error;
  }
}
