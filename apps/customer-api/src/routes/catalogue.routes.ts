import { catalogueContract } from '@salon/contracts-customer';
import { type Database } from '@salon/db';
import { initServer } from '@ts-rest/express';
import { type ReadCache } from '../read-cache';
import { getPublicService } from '../use-cases/services/get-public-service';
import { listShopServices } from '../use-cases/services/list-shop-services';
import { getPublicShop } from '../use-cases/shops/get-public-shop';
import { listShopStaff } from '../use-cases/staff/list-shop-staff';

const s = initServer();

/**
 * Public shop pages: no token, so no caller; inactive or deleted is 404 inside each use case. The
 * shop itself is read on every request (that read is what carries its cache version); its service
 * and staff lists come from the cache.
 */
export const catalogueRoutes = (ctx: { db: Database; readCache?: ReadCache }) => {
  const servicesOfShop = async ({ params, query }: { params: { shopId: string }; query: { limit: number; cursor?: string } }) => ({
    status: 200 as const,
    body: await listShopServices({ ctx, input: { ...query, shopId: params.shopId } }),
  });
  return s.router(catalogueContract, {
    getShop: async ({ params }) => ({ status: 200, body: await getPublicShop({ ctx, input: params }) }),
    shopServices: servicesOfShop,
    servicesByShop: servicesOfShop,
    getService: async ({ params }) => ({ status: 200, body: await getPublicService({ ctx, input: params }) }),
    shopStaff: async ({ params, query }) => ({ status: 200, body: await listShopStaff({ ctx, input: { ...query, shopId: params.shopId } }) }),
  });
};
