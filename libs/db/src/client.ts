import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { openPglite } from './_internal/open-pglite';
import { pingDatabase } from './_internal/ping-database';
import { schema } from './full-schema';
import { type Database, type DatabaseHandle } from './types';

/** Where to connect; the caller's config decides, this lib never reads the environment. */
export type CreateDatabaseOptions = {
  /** `postgres://…`: a real PostgreSQL server. Unset: embedded PGlite. */
  url?: string;
  /** PGlite's data directory; unset = in memory (tests). Ignored with `url`. */
  dataDir?: string;
  /** postgres.js pool size (default 10). Ignored for PGlite, which has one connection. */
  maxConnections?: number;
};

/**
 * Opens a database: postgres.js when `url` is given, else PGlite (with the btree_gist and pg_trgm
 * extensions the migrations need). Migrations are not applied here: call `migrate(handle)`, or
 * `checkMigrations(handle)` for readiness. One PGlite data directory = one process: two
 * processes opening the same directory silently lose writes.
 *
 * @example
 * const handle = await createDatabase({ url: config.databaseUrl, dataDir: '.data/pglite' });
 */
export async function createDatabase(opts: CreateDatabaseOptions = {}): Promise<DatabaseHandle> {
  if (!opts.url) {
    const { client: _client, ...handle } = await openPglite({ dataDir: opts.dataDir });
    return handle;
  }
  return openPostgres(opts.url, opts.maxConnections ?? 10);
}

function openPostgres(url: string, maxConnections: number): DatabaseHandle {
  // NOTICEs ("extension already exists, skipping") would otherwise be printed to stdout.
  const client = postgres(url, { max: maxConnections, onnotice: () => undefined });
  const db: Database = drizzle(client, { schema });
  return {
    db,
    kind: 'postgres',
    close: () => client.end({ timeout: 5 }),
    ping: () => pingDatabase(db),
    url,
  };
}
