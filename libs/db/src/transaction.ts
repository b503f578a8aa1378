import { is } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { type Database, type Transaction } from './types';

/**
 * Runs `fn` in a transaction, reusing the caller's if `ctx.db` already is one (openstatus's
 * pattern): a use case that needs atomicity works alone and inside a bigger use case alike.
 * Reusing means no savepoint: an error inside rolls back the whole outer transaction.
 *
 * @example
 * await withTransaction(ctx, async (tx) => { await tx.insert(bookings)…; await tx.insert(bookingHolds)…; });
 */
export async function withTransaction<T>(ctx: { db: Database }, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  // Drizzle's `is` rather than instanceof: it also recognises a class from a second copy of Drizzle.
  if (is(ctx.db, PgTransaction)) return fn(ctx.db as Transaction);
  return ctx.db.transaction(fn);
}
