import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createDatabase, type DatabasePoolMode } from '../client';
import { migrate } from '../migrations';
import { type DatabaseHandle } from '../types';
import { migrationsFingerprint } from './fingerprint';

/** Set by the Jest globalSetup so workers skip straight to cloning. */
export const TEMPLATE_ENV = 'SALON_TEST_PG_TEMPLATE';

/** Any fixed number: serialises template builds across concurrent Jest processes (nx run-many). */
const TEMPLATE_LOCK_KEY = 74_616_201;

/**
 * Makes sure a migrated template database for the current migrations exists and returns its
 * name. Idempotent and cheap when it exists (one query); concurrent callers wait on an advisory
 * lock. The template is built under a temporary name and renamed when complete, so a crash never
 * leaves a half-migrated template behind, and it refuses connections so clones never fail with
 * "source database is being accessed by other users".
 */
export async function ensurePostgresTemplate(serverUrl: string): Promise<string> {
  const name = `salon_tpl_${migrationsFingerprint()}`;
  await withAdmin(serverUrl, async (admin) => {
    await admin`select pg_advisory_lock(${TEMPLATE_LOCK_KEY})`;
    try {
      const [existing] = await admin`select 1 from pg_database where datname = ${name}`;
      if (!existing) await buildTemplate(admin, serverUrl, name);
    } finally {
      await admin`select pg_advisory_unlock(${TEMPLATE_LOCK_KEY})`;
    }
  });
  return name;
}

async function buildTemplate(admin: postgres.Sql, serverUrl: string, name: string): Promise<void> {
  const building = `${name}_build_${process.pid}`;
  await admin`drop database if exists ${admin(building)} with (force)`;
  await admin`create database ${admin(building)}`;
  const handle = await createDatabase({ url: withDatabaseName(serverUrl, building), maxConnections: 1 });
  try {
    await migrate(handle);
  } finally {
    await handle.close();
  }
  await admin`alter database ${admin(building)} rename to ${admin(name)}`;
  await admin`alter database ${admin(name)} with allow_connections false is_template true`;
}

/**
 * Creates a `t_<random>` database, as a copy of `template` when given (a file copy: tens of
 * milliseconds) or empty, and opens it; `close()` drops it WITH (FORCE).
 */
export async function openScratchPostgres(
  serverUrl: string,
  opts: { template?: string; maxConnections: number; poolMode?: DatabasePoolMode; connectThrough?: (database: string) => string },
): Promise<DatabaseHandle> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const { template } = opts;
  await cloneDatabase(serverUrl, name, template);
  const url = opts.connectThrough?.(name) ?? withDatabaseName(serverUrl, name);
  const handle = await createDatabase({ url, maxConnections: opts.maxConnections, poolMode: opts.poolMode });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await dropDatabase(serverUrl, name);
    },
  };
}

/** Creates `name`, as a copy of `template` when given (a file copy: tens of milliseconds), else empty. */
export async function cloneDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  await withAdmin(serverUrl, (admin) =>
    template ? admin`create database ${admin(name)} template ${admin(template)}` : admin`create database ${admin(name)}`,
  );
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, (admin) => admin`drop database if exists ${admin(name)} with (force)`);
}

async function withAdmin<T>(serverUrl: string, fn: (admin: postgres.Sql) => Promise<T>): Promise<T> {
  // One connection, so session-level advisory locks are taken and released on the same backend.
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  try {
    return await fn(admin);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

/** The same server URL pointing at another database. */
export function withDatabaseName(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
