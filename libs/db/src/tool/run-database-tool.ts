import path from 'node:path';
import { databaseToolEnvSchema, loadConfig } from '@salon/config';
import { createDatabase } from '../client';
import { acquireDataDirLock } from '../data-dir-lock';
import { type DatabaseHandle } from '../types';
import { describeDatabaseFailure } from './describe-failure';

export type DatabaseToolOptions = {
  /** Prefix of every line printed, e.g. `migrate`. */
  name: string;
  /** The process environment: DATABASE_URL, else PGLITE_DATA_DIR (relative to the current directory). */
  env: Record<string, string | undefined>;
  /** The data directory when PGLITE_DATA_DIR is unset. */
  defaultDataDir: string;
  maxConnections?: number;
};

/** What the tool opened, for its messages: a URL without its password, or the data directory. */
export type DatabaseTarget = { handle: DatabaseHandle; where: string };

/**
 * Runs a command-line tool (`npm run migrate`, `npm run seed`) against the database the environment
 * names. The embedded data directory is locked first, like `npm start` does, so a tool never opens
 * it while the apps hold it. An operator's mistake (bad variable, directory in use, unreachable
 * server) is printed as one line; anything else with its stack. Resolves to the exit code.
 */
export async function runDatabaseTool(
  opts: DatabaseToolOptions,
  work: (target: DatabaseTarget) => Promise<void>,
): Promise<number> {
  let release = () => {};
  try {
    const config = loadConfig(databaseToolEnvSchema, opts.env);
    const url = config.DATABASE_URL;
    const dataDir = config.PGLITE_DATA_DIR ? path.resolve(config.PGLITE_DATA_DIR) : opts.defaultDataDir;
    if (!url) release = acquireDataDirLock(dataDir);
    const handle = await createDatabase({ url, dataDir, maxConnections: opts.maxConnections ?? 1 });
    try {
      await work({ handle, where: url ? redact(url) : dataDir });
    } finally {
      await handle.close();
    }
    return 0;
  } catch (error) {
    const cause = describeDatabaseFailure(error);
    process.stderr.write(`${opts.name}: ${cause ?? `failed: ${error instanceof Error ? error.stack : String(error)}`}\n`);
    return 1;
  } finally {
    release();
  }
}

/** The URL without its password, for logs. */
function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
