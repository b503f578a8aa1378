/* eslint-disable no-restricted-syntax -- composition root: the one place this lib reads the environment */
import path from 'node:path';
import { loadDotEnv } from '@salon/config';
import { checkMigrations, migrate } from '../migrations';
import { runDatabaseTool } from '../tool/run-database-tool';

/** The repository root, whatever directory npm or Nx runs us from (from source: libs/db/src/bin). */
const REPO_ROOT = path.resolve(__dirname, '../../../..');

/**
 * `npm run migrate` / `npx nx run db:migrate`: applies the committed migrations to DATABASE_URL,
 * or to the embedded PGlite under PGLITE_DATA_DIR (default .data/pglite) when it is unset. The
 * data directory is locked like `npm start` locks it: stop the apps first.
 */
loadDotEnv([process.cwd(), REPO_ROOT]);
void runDatabaseTool(
  { name: 'migrate', env: process.env, defaultDataDir: path.join(REPO_ROOT, '.data/pglite') },
  async ({ handle, where }) => {
    const before = await checkMigrations(handle);
    const started = performance.now();
    await migrate(handle);
    const after = await checkMigrations(handle);
    const ms = Math.round(performance.now() - started);
    console.log(
      `migrate: ${handle.kind} ${where}: ${after.applied - before.applied} applied, ${after.applied}/${after.expected} in total (${ms} ms)`,
    );
  },
).then((code) => {
  process.exitCode = code;
});
