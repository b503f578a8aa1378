import { billingSettingsFromEnv, planPriceIdsFromEnv, syncPlanPrices } from '@salon/billing';
import { type DatabaseHandle } from '@salon/db';
import { type Logger, type RunningServer } from '@salon/http';
import { startApi } from '@salon/runtime';
import { createCustomerApp } from './app';
import { type CustomerApiConfig } from './config';
import { createReadCache } from './read-cache';

/**
 * Starts the customer API over an open database; shared by main.ts and the embedded launcher.
 * close() drains the server first, then lets go of the cache's Redis client.
 */
export async function startCustomerApi(opts: { config: CustomerApiConfig; database: DatabaseHandle; logger: Logger }): Promise<RunningServer> {
  // The plan catalogue names this Stripe account's prices (STRIPE_PRICE_*).
  await syncPlanPrices({ ctx: { db: opts.database.db }, input: { priceIds: planPriceIdsFromEnv(opts.config) } });
  const billing = billingSettingsFromEnv(opts.config);
  const readCache = createReadCache(opts.config, opts.logger);
  let server: RunningServer;
  try {
    server = await startApi({
      ...opts,
      name: 'customer-api',
      port: opts.config.CUSTOMER_API_PORT,
      createApp: (deps) => createCustomerApp(deps, { readCache, billing, searchCacheTtlSeconds: opts.config.SEARCH_CACHE_TTL_SECONDS }),
    });
  } catch (error) {
    await readCache.cache.close(); // a port in use must not leave a Redis client holding the process open
    throw error;
  }
  opts.logger.info({ cache: readCache.cache.kind }, 'customer-api read cache');
  return {
    port: server.port,
    close: async () => {
      await server.close();
      await readCache.cache.close();
    },
  };
}
