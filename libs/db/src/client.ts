import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { openPglite } from './_internal/open-pglite';
import { pingDatabase } from './_internal/ping-database';
import { schema } from './full-schema';
import { type Database, type DatabaseHandle } from './types';

/**
 * How the server end pools connections. `session`: a connection is ours for its lifetime
 * (PostgreSQL directly, or pgBouncer in session mode). `transaction`: pgBouncer in transaction
 * mode hands each transaction (or lone statement) to any server connection, so nothing may
 * outlive a transaction: no named prepared statements, no session `SET`, no session advisory
 * locks, no `LISTEN`. The app's code keeps to that in both modes (`set_config(…, true)`,
 * `pg_advisory_xact_lock`); this option only turns off postgres.js's named prepared statements.
 */
export type DatabasePoolMode = 'session' | 'transaction';

/** Where to connect; the caller's config decides, this lib never reads the environment. */
export type CreateDatabaseOptions = {
  /** `postgres://…`: a real PostgreSQL server or a pgBouncer. Unset: embedded PGlite. */
  url?: string;
  /** PGlite's data directory; unset = in memory (tests). Ignored with `url`. */
  dataDir?: string;
  /** postgres.js pool size, in connections per process (default 10). Ignored for PGlite, which has one. */
  maxConnections?: number;
  /** Default `session`. `transaction` behind pgBouncer in transaction mode. Ignored for PGlite. */
  poolMode?: DatabasePoolMode;
};

/**
 * Opens a database: postgres.js when `url` is given, else PGlite (with the btree_gist and pg_trgm
 * extensions the migrations need). Migrations are not applied here: call `migrate(handle)`, or
 * `checkMigrations(handle)` for readiness. One PGlite data directory = one process: two
 * processes opening the same directory silently lose writes.
 *
 * @example
 * const handle = await createDatabase({ url: config.DATABASE_URL, maxConnections: config.DATABASE_POOL_SIZE, poolMode: config.DATABASE_POOL_MODE });
 */
export async function createDatabase(opts: CreateDatabaseOptions = {}): Promise<DatabaseHandle> {
  if (!opts.url) {
    const { client: _client, ...handle } = await openPglite({ dataDir: opts.dataDir });
    return handle;
  }
  return openPostgres(opts.url, opts.maxConnections ?? 10, opts.poolMode ?? 'session');
}

function openPostgres(url: string, maxConnections: number, poolMode: DatabasePoolMode): DatabaseHandle {
  const client = postgres(url, {
    max: maxConnections,
    // Named prepared statements live on one server connection; in transaction mode the next
    // statement may run on another, which answers "prepared statement … does not exist".
    prepare: poolMode === 'session',
    // NOTICEs ("extension already exists, skipping") would otherwise be printed to stdout.
    onnotice: () => undefined,
  });
  const db: Database = drizzle(client, { schema });
  return {
    db,
    kind: 'postgres',
    close: () => client.end({ timeout: 5 }),
    ping: () => pingDatabase(db),
    url,
  };
}
