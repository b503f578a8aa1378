import { billingSettingsFromEnv, planPriceIdsFromEnv, syncPlanPrices } from '@salon/billing';
import { type DatabaseHandle } from '@salon/db';
import { type Logger } from '@salon/http';
import { startApi } from '@salon/runtime';
import { createCustomerApp } from './app';
import { type CustomerApiConfig } from './config';

/** Starts the customer API over an open database (billing from its config); shared by main.ts and the embedded launcher. */
export async function startCustomerApi(opts: { config: CustomerApiConfig; database: DatabaseHandle; logger: Logger }) {
  // The plan catalogue names this Stripe account's prices (STRIPE_PRICE_*).
  await syncPlanPrices({ ctx: { db: opts.database.db }, input: { priceIds: planPriceIdsFromEnv(opts.config) } });
  const billing = billingSettingsFromEnv(opts.config);
  return startApi({ ...opts, name: 'customer-api', port: opts.config.CUSTOMER_API_PORT, createApp: (deps) => createCustomerApp(deps, { billing }) });
}
