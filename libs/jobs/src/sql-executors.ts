import { sql, type Database, type PgliteClient, type SQL } from '@salon/db';

/** pg-boss's database port: one SQL text with `$n` placeholders and its values. */
export type SqlExecutor = { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

/**
 * Runs pg-boss's SQL inside a Drizzle transaction (either driver), so a job is inserted only if the
 * caller's transaction commits. pg-boss writes `$1`…`$n`; Drizzle numbers its own parameters, so the
 * text is cut at each placeholder and every occurrence becomes a bound parameter again.
 * On PGlite this is also what keeps a send from waiting for ever: PGlite has one connection, and a
 * send outside the open transaction would queue behind it.
 */
export function drizzleExecutor(db: Database): SqlExecutor {
  return {
    async executeSql(text, values = []) {
      const result = (await db.execute(bindPlaceholders(text, values))) as unknown;
      return { rows: Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []) };
    },
  };
}

/** pg-boss's `$n` text and values as one Drizzle statement (every occurrence a bound parameter). */
export function bindPlaceholders(text: string, values: unknown[]): SQL {
  const pieces = piecesOf(text);
  const query = sql.empty();
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) query.append(sql.raw(piece));
    else query.append(sql`${toParam(values[Number(piece) - 1])}`);
  });
  return query;
}

/** As node-postgres prepares values: objects as JSON text, undefined as null (postgres.js refuses undefined). */
function toParam(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && !Array.isArray(value)) return JSON.stringify(value);
  return value;
}

/**
 * pg-boss's own connection on embedded PGlite. Parameterless SQL may be several statements (its
 * `BEGIN … COMMIT` maintenance blocks), which only `exec()` runs; a failure inside one would leave
 * PGlite's single connection in an aborted transaction, so it is rolled back before rethrowing.
 */
export function pgliteExecutor(client: PgliteClient): SqlExecutor {
  return {
    async executeSql(text, values) {
      try {
        if (values && values.length > 0) return await client.query(text, values.map(toParam));
        const results = await client.exec(text);
        return { rows: results.flatMap((result) => result.rows) };
      } catch (error) {
        await client.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
  };
}

// pg-boss sends a handful of fixed texts (its insert is ~2 kB): split each once.
const splitTexts = new Map<string, string[]>();
function piecesOf(text: string): string[] {
  let pieces = splitTexts.get(text);
  if (!pieces) {
    pieces = text.split(/\$(\d+)/);
    if (splitTexts.size < 100) splitTexts.set(text, pieces);
  }
  return pieces;
}
