import { initClient, type AppRouter } from '@ts-rest/core';
import { answerClientErrors } from '@salon/http';
import { type Express } from 'express';
import { once } from 'node:events';
import { type AddressInfo } from 'node:net';
import { type TestApi } from './create-test-api';

/**
 * The app listening on an ephemeral loopback port, and the contract's typed ts-rest client
 * pointed at it: tests call the API exactly as the owner portal and the mobile app do.
 * `as(token)` is the Authorization header for a call's `extraHeaders`.
 * @example
 * const { client, as, close } = await startTypedClient(api, ownerContract);
 * const res = await client.shops.create({ body, extraHeaders: as(await api.tokenFor('ann', { role: 'owner' })) });
 */
export async function startTypedClient<TContract extends AppRouter>(api: Pick<TestApi, 'app'>, contract: TContract) {
  const server = (api.app as Express).listen(0, '127.0.0.1');
  // As listen() does in production: what Node's parser refuses still gets the error envelope.
  answerClientErrors(server);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    client: initClient(contract, { baseUrl, baseHeaders: {}, throwOnUnknownStatus: false }),
    as: (token: string) => ({ authorization: `Bearer ${token}` }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // fetch keeps connections alive; do not wait for them to idle out
      }),
  };
}
