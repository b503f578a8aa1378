import { API_ROUTER_OPTIONS, auth, UuidSchema } from '@salon/contracts-common';
import { eq, shops, sql } from '@salon/db';
import { createContractApp, type ApiDeps } from '@salon/runtime';
import { initContract } from '@ts-rest/core';
import { initServer } from '@ts-rest/express';
import { z } from 'zod';

const c = initContract();

/** One public route doing one small indexed query, so its cost is the edge plus one round trip. */
export const baselineContract = c.router(
  {
    shopExists: {
      method: 'GET',
      path: '/bench/shops/:shopId',
      pathParams: z.object({ shopId: UuidSchema }),
      responses: { 200: z.object({ exists: z.boolean().describe('Whether the shop row exists.') }) },
      metadata: auth('public'),
      summary: 'Bench only: select 1 from shops where id = $1.',
    },
  },
  API_ROUTER_OPTIONS,
);

/**
 * The owner API's edge (request ids, logs, helmet, rate limits, JSON bodies, ts-rest, error
 * envelope) around that single route: what every owner route pays before its own work.
 */
export function createBaselineApp(deps: ApiDeps) {
  const s = initServer();
  const routes = s.router(baselineContract, {
    shopExists: async ({ params }) => {
      const rows = await deps.database.db.select({ one: sql<number>`1` }).from(shops).where(eq(shops.id, params.shopId));
      return { status: 200, body: { exists: rows.length > 0 } };
    },
  });
  return createContractApp({ deps, contract: baselineContract, routes, openApiDocument: {} });
}
