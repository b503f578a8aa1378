import { readFileSync } from 'node:fs';
import path from 'node:path';
import { count, max } from 'drizzle-orm';
import { bigint, pgSchema, serial, text } from 'drizzle-orm/pg-core';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { type PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { pgErrorCode } from './errors';
import { type Schema } from './full-schema';
import { type DatabaseHandle } from './types';

/**
 * The committed SQL migrations. Resolved from this file, so it holds when run from source (tsx,
 * Jest); a bundled app must copy the folder and pass its path as `migrationsFolder`.
 */
export const MIGRATIONS_FOLDER = path.resolve(__dirname, '../migrations');

/** Where the migrations live; defaults to {@link MIGRATIONS_FOLDER}. */
export type MigrationOptions = { migrationsFolder?: string };

/** What `/readyz` needs to know: are all committed migrations applied? */
export type MigrationStatus = { ok: boolean; applied: number; expected: number };

type JournalEntry = { tag: string; when: number };

/**
 * Applies pending migrations with drizzle-orm's migrator (one transaction), on either driver.
 * drizzle-kit's own `migrate` cannot load PGlite's extensions, hence this. Run it from one process
 * at a time: a second concurrent run fails (and rolls back) rather than corrupting anything.
 *
 * @example
 * await migrate(handle);
 */
export async function migrate(handle: DatabaseHandle, opts: MigrationOptions = {}): Promise<void> {
  const config = { migrationsFolder: opts.migrationsFolder ?? MIGRATIONS_FOLDER };
  // The handle's kind says which driver made `db`; both migrators run the same dialect code.
  if (handle.kind === 'pglite') await migratePglite(handle.db as PgliteDatabase<Schema>, config);
  else await migratePostgres(handle.db as PostgresJsDatabase<Schema>, config);
}

/**
 * Compares the committed journal with drizzle's `drizzle.__drizzle_migrations` table. `ok` is
 * false when the table is missing or the newest committed migration is not applied yet.
 * Rejects only when the database cannot be reached.
 */
export async function checkMigrations(handle: DatabaseHandle, opts: MigrationOptions = {}): Promise<MigrationStatus> {
  const journal = readJournal(opts.migrationsFolder ?? MIGRATIONS_FOLDER);
  const expected = journal.length;
  let applied: { count: number; newest: number | null } | undefined;
  try {
    [applied] = await handle.db
      .select({ count: count(), newest: max(drizzleMigrations.createdAt) })
      .from(drizzleMigrations);
  } catch (err) {
    if (MISSING_RELATION.has(pgErrorCode(err) ?? '')) return { ok: false, applied: 0, expected };
    throw err;
  }
  // Drizzle's migrator decides by timestamp, and so does readiness: a database already migrated
  // by a newer release (more rows) still serves this one.
  const ok = (applied?.newest ?? 0) >= (journal.at(-1)?.when ?? 0);
  return { ok, applied: applied?.count ?? 0, expected };
}

/** undefined_table, invalid_schema_name: nothing was ever migrated. */
const MISSING_RELATION = new Set(['42P01', '3F000']);

/** The bookkeeping table drizzle-orm's migrator creates (`created_at` = the journal's `when`). */
const drizzleMigrations = pgSchema('drizzle').table('__drizzle_migrations', {
  id: serial('id').primaryKey(),
  hash: text('hash').notNull(),
  createdAt: bigint('created_at', { mode: 'number' }),
});

const journals = new Map<string, JournalEntry[]>();

/** The journal never changes while a process runs, and /readyz asks often: read it once. */
function readJournal(folder: string): JournalEntry[] {
  let entries = journals.get(folder);
  if (!entries) {
    const text = readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8');
    entries = (JSON.parse(text) as { entries: JournalEntry[] }).entries;
    journals.set(folder, entries);
  }
  return entries;
}
