import { billingSettingsFromEnv, planPriceIdsFromEnv, syncPlanPrices } from '@salon/billing';
import { type DatabaseHandle } from '@salon/db';
import { type Logger } from '@salon/http';
import { startApi } from '@salon/runtime';
import { createOwnerApp } from './app';
import { type OwnerApiConfig } from './config';

/** Starts the owner API over an open database (billing from its config); shared by main.ts and the embedded launcher. */
export async function startOwnerApi(opts: { config: OwnerApiConfig; database: DatabaseHandle; logger: Logger }) {
  // The plan catalogue names this Stripe account's prices (STRIPE_PRICE_*).
  await syncPlanPrices({ ctx: { db: opts.database.db }, input: { priceIds: planPriceIdsFromEnv(opts.config) } });
  const billing = billingSettingsFromEnv(opts.config);
  return startApi({ ...opts, name: 'owner-api', port: opts.config.OWNER_API_PORT, createApp: (deps) => createOwnerApp(deps, { billing }) });
}
