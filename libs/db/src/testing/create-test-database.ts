import { type DatabasePoolMode } from '../client';
import { type DatabaseHandle } from '../types';
import { assertVmModulesUnderJest } from './assert-vm-modules';
import { ensurePgliteSnapshot, openPgliteFromSnapshot, SNAPSHOT_ENV } from './pglite-snapshot';
import { randomBytes } from 'node:crypto';
import { cloneDatabase, dropDatabase, ensurePostgresTemplate, openScratchPostgres, TEMPLATE_ENV, withDatabaseName } from './postgres-template';

/** Options for {@link createTestDatabase}. */
export type TestDatabaseOptions = {
  /** postgres.js pool size (default 10); raise it for concurrency tests. Ignored on PGlite. */
  maxConnections?: number;
  /** postgres.js pool mode (default `session`); `transaction` as behind pgBouncer. Ignored on PGlite. */
  poolMode?: DatabasePoolMode;
  /**
   * Where the app's pool connects for a database name, e.g. a pgBouncer's `urlFor`; the database
   * is still created and dropped on DATABASE_URL's server. Ignored on PGlite.
   */
  connectThrough?: (database: string) => string;
};

/**
 * A fresh, migrated database for one test file; call `close()` in `afterAll`.
 * With DATABASE_URL: a `t_<random>` clone of the run's template database, dropped on close.
 * Without: an in-memory PGlite started from the run's migrated snapshot.
 * The Jest globalSetup prepares template and snapshot once per run; outside Jest they are made on
 * first use.
 *
 * @example
 * let handle: DatabaseHandle;
 * beforeAll(async () => { handle = await createTestDatabase(); });
 * afterAll(() => handle.close());
 */
export async function createTestDatabase(opts: TestDatabaseOptions = {}): Promise<DatabaseHandle> {
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) {
    const template = process.env[TEMPLATE_ENV] ?? (await ensurePostgresTemplate(serverUrl));
    return openScratchPostgres(serverUrl, { ...opts, template, maxConnections: opts.maxConnections ?? 10 });
  }
  assertVmModulesUnderJest();
  const snapshot = process.env[SNAPSHOT_ENV] ?? (await ensurePgliteSnapshot());
  return openPgliteFromSnapshot(snapshot);
}

/**
 * Jest globalSetup body: builds (or finds) the template or snapshot once per run and hands its
 * name to the workers through the environment they inherit.
 */
export async function prepareTestDatabases(): Promise<void> {
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) process.env[TEMPLATE_ENV] = await ensurePostgresTemplate(serverUrl);
  else process.env[SNAPSHOT_ENV] = await ensurePgliteSnapshot();
}

/**
 * A fresh migrated PostgreSQL database (a clone of the run's template) for processes of their
 * own, e.g. two replicas of an API: its URL on DATABASE_URL's server, and drop() for afterAll.
 * Needs DATABASE_URL.
 */
export async function createTestDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) throw new Error('createTestDatabaseUrl() needs DATABASE_URL (a PostgreSQL server)');
  const template = process.env[TEMPLATE_ENV] ?? (await ensurePostgresTemplate(serverUrl));
  const name = `t_${randomBytes(6).toString('hex')}`;
  await cloneDatabase(serverUrl, name, template);
  return { url: withDatabaseName(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}
