import { randomBytes } from 'node:crypto';
import { liftPlanLimits } from '@salon/billing/testing';
import { createDatabase, migrate, sql, type DatabaseHandle } from '@salon/db';

export type ScratchDatabase = { url: string; handle: DatabaseHandle; drop(): Promise<void> };

/** The same server URL pointing at another database. */
const withDatabase = (serverUrl: string, name: string): string => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

async function withAdmin<T>(serverUrl: string, fn: (admin: DatabaseHandle) => Promise<T>): Promise<T> {
  const admin = await createDatabase({ url: serverUrl, maxConnections: 1 });
  try {
    return await fn(admin);
  } finally {
    await admin.close();
  }
}

/**
 * Creates a `bench_<random>` database on the server `serverUrl` points at and applies the
 * committed migrations, with every plan unlimited; `drop()` closes it and drops it WITH (FORCE), so a run leaves nothing behind.
 */
export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const name = `bench_${randomBytes(5).toString('hex')}`;
  await withAdmin(serverUrl, (admin) => admin.db.execute(sql.raw(`create database "${name}"`)));
  const url = withDatabase(serverUrl, name);
  const handle = await createDatabase({ url, maxConnections: 4 });
  const drop = async () => {
    await handle.close();
    await withAdmin(serverUrl, (admin) => admin.db.execute(sql.raw(`drop database if exists "${name}" with (force)`)));
  };
  try {
    await migrate(handle);
    // Benchmarks measure throughput, not plans: a few bench customers book far beyond Free's 2 a month.
    await liftPlanLimits(handle.db);
  } catch (error) {
    await drop();
    throw error;
  }
  return { url, handle, drop };
}
