import { bookingsContract } from '@salon/contracts-owner';
import { type IdentityContext } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { getOwnerBooking } from '../use-cases/bookings/get-owner-booking';
import { listShopBookings } from '../use-cases/bookings/list-shop-bookings';
import { ownerContextOf } from './owner-context';

const s = initServer();

/** GET /bookings/shop/{shopId} and GET /bookings/{id}: the owner's read-only view of their bookings. */
export const bookingsRoutes = (ctx: IdentityContext) =>
  s.router(bookingsContract, {
    listForShop: async ({ params, query, res }) => ({
      status: 200,
      body: await listShopBookings({ ctx: ownerContextOf(ctx, res), input: { ...query, shopId: params.shopId } }),
    }),
    get: async ({ params, res }) => ({
      status: 200,
      body: await getOwnerBooking({ ctx: ownerContextOf(ctx, res), input: { id: params.id } }),
    }),
  });
