import { shopsContract } from '@salon/contracts-customer';
import { type Database } from '@salon/db';
import { initServer } from '@ts-rest/express';
import { listPublicShops } from '../use-cases/shops/list-public-shops';

const s = initServer();

export const shopsRoutes = (ctx: { db: Database }) =>
  s.router(shopsContract, {
    list: async ({ query }) => ({ status: 200, body: await listPublicShops({ ctx, input: query }) }),
  });
