/* eslint-disable no-restricted-syntax -- composition root: the one place this lib reads the environment */
import path from 'node:path';
import { createDatabase } from '../client';
import { checkMigrations, migrate } from '../migrations';

/** `.data/pglite` at the repository root, whatever directory npm or Nx runs us from. */
const DEFAULT_PGLITE_DIR = path.resolve(__dirname, '../../../../.data/pglite');

/**
 * `npm run migrate` / `npx nx run db:migrate`: applies the committed migrations to DATABASE_URL,
 * or to the embedded PGlite under PGLITE_DATA_DIR (default .data/pglite) when it is unset. Stop the apps first when using
 * PGlite: one data directory may be open in one process only.
 */
async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'] || undefined;
  // The same variable npm start reads, so both open the same embedded database.
  const dataDir = process.env['PGLITE_DATA_DIR'] ? path.resolve(process.env['PGLITE_DATA_DIR']) : DEFAULT_PGLITE_DIR;
  const target = url ? redact(url) : dataDir;
  const handle = await createDatabase({ url, dataDir, maxConnections: 1 });
  try {
    const before = await checkMigrations(handle);
    const started = performance.now();
    await migrate(handle);
    const after = await checkMigrations(handle);
    const ms = Math.round(performance.now() - started);
    console.log(
      `migrate: ${handle.kind} ${target}: ${after.applied - before.applied} applied, ${after.applied}/${after.expected} in total (${ms} ms)`,
    );
  } finally {
    await handle.close();
  }
}

/** The URL without its password, for logs. */
function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

main().catch((err: unknown) => {
  console.error('migrate: failed:', err);
  process.exitCode = 1;
});
