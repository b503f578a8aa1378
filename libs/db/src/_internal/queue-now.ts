import { type Sql } from 'postgres';

/**
 * Sends one statement on a postgres.js client now (prepared; the client's `prepare: false` still
 * wins). postgres.js queries are lazy until awaited: `execute()` queues this one at once, in order,
 * so statements queued in one tick leave in one socket write.
 */
export function queueNow(client: Sql, text: string, params: unknown[] = []): ReturnType<Sql['unsafe']> {
  const query = client.unsafe(text, params as never[], { prepare: true });
  query.execute();
  return query;
}
