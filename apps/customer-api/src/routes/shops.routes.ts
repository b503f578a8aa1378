import { shopsContract } from '@salon/contracts-customer';
import { initServer } from '@ts-rest/express';
import { listPublicShops } from '../use-cases/shops/list-public-shops';
import { searchShops, type SearchContext } from '../use-cases/search/search-shops';

const s = initServer();

export const shopsRoutes = (ctx: SearchContext) =>
  s.router(shopsContract, {
    list: async ({ query }) => ({ status: 200, body: await listPublicShops({ ctx, input: query }) }),
    search: async ({ query }) => ({ status: 200, body: await searchShops({ ctx, input: query }) }),
  });
