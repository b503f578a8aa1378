import path from 'node:path';
import { loadDotEnv } from '@salon/config';
import * as customerApi from '@salon/customer-api/embedded';
import { acquireDataDirLock, createDatabase, migrate } from '@salon/db';
import { readDevPublicKey } from '@salon/dev-tokens';
import { createLogger, onShutdownSignal } from '@salon/http';
import * as ownerApi from '@salon/owner-api/embedded';
import { exitOnStartupError } from '@salon/runtime';
import { DEMO_USERS, seedDemoData } from '@salon/seed';
import * as worker from '@salon/worker/embedded';
import { startDevCheckout } from './dev-checkout';

/**
 * `npm start`: owner-api, customer-api and the worker in ONE Node process sharing one database.
 * With DATABASE_URL unset that is embedded PGlite under .data/ (single-process by nature);
 * with it set, PostgreSQL. Migrates, seeds demo data into an empty database, then listens.
 */
async function main() {
  const startedAt = performance.now();
  // A `.env` in the current directory or the repository root, if any; the real environment wins.
  loadDotEnv([process.cwd(), path.resolve(__dirname, '../../..')]);
  const checkout = await startDevCheckout(withDevKey(process.env));
  const env = checkout.env;
  const configs = { owner: ownerApi.loadConfig(env), customer: customerApi.loadConfig(env), worker: worker.loadConfig(env) };
  const logger = createLogger({ name: 'salon', level: configs.owner.LOG_LEVEL });
  const dataDir = configs.owner.PGLITE_DATA_DIR;
  const releaseLock = configs.owner.DATABASE_URL ? () => {} : acquireDataDirLock(dataDir);
  const { DATABASE_URL: url, DATABASE_POOL_SIZE: maxConnections, DATABASE_POOL_MODE: poolMode } = configs.owner;
  const database = await createDatabase(url ? { url, maxConnections, poolMode } : { dataDir });
  await migrate(database);
  const seeded = await seedDemoData(database.db, { now: new Date() });
  const servers = [
    await ownerApi.start({ config: configs.owner, database, logger: logger.child({ app: 'owner-api' }) }),
    await customerApi.start({ config: configs.customer, database, logger: logger.child({ app: 'customer-api' }) }),
    await worker.start({ config: configs.worker, database, logger: logger.child({ app: 'worker' }) }),
  ];
  printBanner({ database: database.kind === 'pglite' ? `PGlite at ${dataDir}` : 'PostgreSQL (DATABASE_URL)', seeded: seeded.created, ms: performance.now() - startedAt, ports: servers.map((s) => s.port), isDevMail: !configs.worker.SENDGRID_API_KEY });
  onShutdownSignal(async (signal) => {
    logger.info({ signal }, 'shutting down: draining requests, then closing the database');
    for (const server of servers) await server.close();
    await checkout.server?.close();
    await database.close();
    releaseLock();
  });
}

/** Local only: without a configured Clerk key, trust the repo's public dev key (never in production). */
function withDevKey(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (env.CLERK_JWT_KEY || env.NODE_ENV === 'production') return env;
  process.stderr.write('CLERK_JWT_KEY is not set: using the DEV-ONLY key from tools/dev-tokens/dev-keys.\n');
  return { ...env, CLERK_JWT_KEY: readDevPublicKey() };
}

function printBanner(info: { database: string; seeded: boolean; ms: number; ports: number[]; isDevMail: boolean }) {
  const [owner, customer, workerPort] = info.ports;
  const lines = [
    `salon is up in ${(info.ms / 1000).toFixed(1)} s on ${info.database}${info.seeded ? ' (demo data seeded)' : ''}`,
    `  owner-api     http://localhost:${owner}/docs`,
    `  customer-api  http://localhost:${customer}/docs`,
    `  worker        http://localhost:${workerPort}/queues`,
    ...(info.isDevMail ? [`  emails        http://localhost:${workerPort}/dev/mail (kept, not sent: SENDGRID_API_KEY is unset)`] : []),
    `  demo users: ${DEMO_USERS.map((u) => `${u.name} (${u.role})`).join(', ')}`,
    `  a token:    npm run -s token -- --user olivia --role owner`,
    `  plans:      docs/billing.md (paid plans use the dev checkout unless STRIPE_SECRET_KEY is set)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => exitOnStartupError('salon', error));
