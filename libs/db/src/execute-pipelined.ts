import { type SQL } from 'drizzle-orm';
import { type PgDialect } from 'drizzle-orm/pg-core';
import { type Sql } from 'postgres';
import { queueNow } from './_internal/queue-now';
import { executePrepared } from './execute-prepared';
import { type Database } from './types';

type Internals = { session: { client?: Sql }; dialect: PgDialect };

/** Statements on their way: `rows` settles with each one's rows, in order. */
export type Pipelined = {
  rows: Promise<Record<string, unknown>[][]>;
  /**
   * True when every statement is already queued on the connection (postgres.js): a statement the
   * caller sends now runs after them. False on PGlite: await `rows` before sending one.
   */
  isQueued: boolean;
};

/**
 * Sends `statements` (prepared, in order) without waiting for each answer: on postgres.js they
 * leave in one write and their answers come back together, one round trip for all instead of one
 * each (PostgreSQL still runs them one after another on the connection, exactly as if awaited in
 * turn). Inside a transaction a failing statement makes the later ones fail with 25P02; `rows`
 * rejects with the first failure. On PGlite (in process, no round trip to save) they are awaited
 * in turn. Use it for statements that do not need each other's results (ids made by the caller).
 */
export function executePipelined(db: Database, statements: SQL[]): Pipelined {
  const { session, dialect } = db as unknown as Internals;
  const client = session.client;
  if (typeof client?.unsafe !== 'function') {
    return { rows: (async () => { const all = []; for (const statement of statements) all.push(await executePrepared(db, statement)); return all; })(), isQueued: false };
  }
  const queries = statements.map((statement) => {
    const { sql, params } = dialect.sqlToQuery(statement);
    return queueNow(client, sql, params);
  });
  return { rows: Promise.all(queries) as Promise<Record<string, unknown>[][]>, isQueued: true };
}
