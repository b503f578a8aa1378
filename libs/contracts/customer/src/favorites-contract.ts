import { API_ROUTER_OPTIONS, auth, pageOf, PaginationQuerySchema, UuidSchema } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { PublicShopSchema } from './public-shop';

const c = initContract();

/** A saved shop: its public page fields and when it was saved. */
export const FavoriteShopSchema = PublicShopSchema.extend({
  favoritedAt: z.string().datetime().describe('When you saved this shop, UTC.'),
});
export type FavoriteShop = z.infer<typeof FavoriteShopSchema>;

const ShopIdParamsSchema = z.object({ shopId: UuidSchema.describe('An active shop.') });

/** The caller's saved shops. Only ever the caller's own: there is no customer id in any path. */
export const favoritesContract = c.router(
  {
    list: {
      method: 'GET',
      path: '/customers/favorites',
      query: PaginationQuerySchema.strict(),
      responses: { 200: pageOf(FavoriteShopSchema) },
      metadata: auth('customer'),
      summary: 'Your saved shops, newest first (then by shop id); shops since closed or removed are left out.',
    },
    add: {
      method: 'POST',
      path: '/customers/favorites/:shopId',
      pathParams: ShopIdParamsSchema,
      body: c.noBody(),
      responses: { 204: c.noBody() },
      metadata: auth('customer'),
      summary: 'Save a shop. Idempotent: 204 every time, one row; saving again keeps the first date. An inactive, deleted or unknown shop is 404. Takes no body (`{}` is accepted): any field is 400 validation_failed.',
    },
    remove: {
      method: 'DELETE',
      path: '/customers/favorites/:shopId',
      pathParams: ShopIdParamsSchema,
      body: c.noBody(),
      responses: { 204: c.noBody() },
      metadata: auth('customer'),
      summary: 'Forget a saved shop. Idempotent: 204 whether or not it was saved. Takes no body, as saving.',
    },
  },
  API_ROUTER_OPTIONS,
);
