import { createBillingTestbed, type BillingTestbed } from '@salon/billing/testing';
import { ownerContract } from '@salon/contracts-owner';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createOwnerApp } from '../app';

export type OwnerBillingApi = {
  bed: BillingTestbed;
  api: TestApi;
  typed: Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;
  close(): Promise<void>;
};

/**
 * The owner API on its own test database, billing through the real Stripe SDK against the local
 * Stripe test server (the testbed), with the plan prices synced and a typed client on top.
 */
export async function startOwnerBillingApi(now: () => Date): Promise<OwnerBillingApi> {
  const bed = await createBillingTestbed({ now });
  const api = await createTestApi((deps) => createOwnerApp(deps, { billing: bed.settings }), { now });
  await bed.usePrices(api.database.db);
  const typed = await startTypedClient(api, ownerContract);
  return {
    bed,
    api,
    typed,
    close: async () => {
      await typed.close();
      await api.close();
      await bed.close();
    },
  };
}
