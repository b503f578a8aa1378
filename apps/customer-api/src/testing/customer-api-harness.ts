import { customerContract } from '@salon/contracts-customer';
import { createTestApi, startTypedClient, type TestApi } from '@salon/runtime/testing';
import { createCustomerApp } from '../app';

export type CustomerTypedClient = Awaited<ReturnType<typeof startTypedClient<typeof customerContract>>>;

/**
 * The customer API on a fresh test database and the mobile app's typed client for one test file,
 * started in beforeAll and closed in afterAll, with `now` as its clock (read on every call, so a
 * file may move it). Declare it before the file's own beforeAll, which then sees `api()` ready.
 * `headersFor(name)`: the Authorization header of a customer token for that user.
 */
export function useCustomerApi(now: () => Date) {
  let api: TestApi;
  let typed: CustomerTypedClient;
  beforeAll(async () => {
    api = await createTestApi(createCustomerApp, { now });
    typed = await startTypedClient(api, customerContract);
  });
  afterAll(async () => {
    await typed.close();
    await api.close();
  });
  return {
    api: () => api,
    typed: () => typed,
    headersFor: async (name: string) => typed.as(await api.tokenFor(name, { role: 'customer' })),
  };
}
