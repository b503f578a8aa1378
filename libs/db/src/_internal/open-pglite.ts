import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { schema } from '../full-schema';
import { type Database, type DatabaseHandle } from '../types';
import { pingDatabase } from './ping-database';

/**
 * Where a PGlite database comes from: a data directory (unset = in memory), optionally started
 * from a `dumpDataDir()` tarball, which is several times faster than a fresh initdb.
 */
export type PgliteSource = { dataDir?: string; loadDataDir?: Blob };

/**
 * Opens PGlite with the extensions the migrations need: PGlite can only load extensions it was
 * created with (`CREATE EXTENSION` fails with 0A000 otherwise).
 */
export async function openPglite(source: PgliteSource): Promise<DatabaseHandle & { client: PGlite }> {
  const client = await PGlite.create({
    ...(source.dataDir === undefined ? {} : { dataDir: source.dataDir }),
    ...(source.loadDataDir === undefined ? {} : { loadDataDir: source.loadDataDir }),
    extensions: { btree_gist, pg_trgm, cube, earthdistance },
  });
  const db: Database = drizzle(client, { schema });
  return {
    db,
    kind: 'pglite',
    client,
    pglite: client,
    close: () => client.close(),
    ping: () => pingDatabase(db),
  };
}
