import { bookingsContract } from '@salon/contracts-owner';
import { type IdentityContext } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { cancelOwnerBooking, updateOwnerBooking } from '../use-cases/bookings/change-owner-booking';
import { getOwnerBooking } from '../use-cases/bookings/get-owner-booking';
import { listShopBookings } from '../use-cases/bookings/list-shop-bookings';
import { ownerContextOf } from './owner-context';

const s = initServer();

/** The owner's bookings: list, read, change status or notes, cancel. */
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
    update: async ({ params, body, res }) => ({
      status: 200,
      body: await updateOwnerBooking({ ctx: ownerContextOf(ctx, res), input: { ...body, id: params.id } }),
    }),
    cancel: async ({ params, body, res }) => ({
      status: 200,
      body: await cancelOwnerBooking({ ctx: ownerContextOf(ctx, res), input: { id: params.id, reason: body?.reason } }),
    }),
  });
