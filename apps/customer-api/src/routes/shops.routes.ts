import { shopsContract } from '@salon/contracts-customer';
import { initServer } from '@ts-rest/express';
import { listPublicShops } from '../use-cases/shops/list-public-shops';
import { type SearchPage, type SearchPageCache } from '../use-cases/search/search-page-cache';
import { searchShops, serveSearchShops, type ServeSearchContext } from '../use-cases/search/search-shops';
import { sendCachedResponse } from './send-cached-response';

const s = initServer();

/** `searchPages` unset (SEARCH_CACHE_TTL_SECONDS=0): every search is computed and sent as a plain body. */
export const shopsRoutes = (ctx: Omit<ServeSearchContext, 'searchPages'> & { searchPages?: SearchPageCache }) => {
  const { searchPages } = ctx;
  return s.router(shopsContract, {
    list: async ({ query }) => ({ status: 200, body: await listPublicShops({ ctx, input: query }) }),
    search: async ({ query, req, res }) =>
      searchPages
        ? sendCachedResponse<SearchPage>(req, res, await serveSearchShops({ ctx: { ...ctx, searchPages }, input: query }))
        : { status: 200, body: await searchShops({ ctx, input: query }) },
  });
};
