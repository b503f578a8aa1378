import { type BillingContext } from '@salon/billing';
import { shopsContract } from '@salon/contracts-owner';
import { type IdentityContext } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { createShop } from '../use-cases/shops/create-shop';
import { deleteShop } from '../use-cases/shops/delete-shop';
import { getShop } from '../use-cases/shops/get-shop';
import { listShops } from '../use-cases/shops/list-shops';
import { updateShop } from '../use-cases/shops/update-shop';
import { ownerContextOf } from './owner-context';
import { originOf } from './request-origin';

const s = initServer();

/** The caller's shops: validated by the contract, one use case each. */
export const shopsRoutes = (ctx: IdentityContext, billing: BillingContext) =>
  s.router(shopsContract, {
    create: async ({ body, req, res }) => ({
      status: 201,
      body: await createShop({ ctx: { ...ownerContextOf(ctx, res), graceDays: billing.graceDays }, input: { origin: originOf(req), body } }),
    }),
    listMine: async ({ query, req, res }) => ({
      status: 200,
      body: await listShops({ ctx: ownerContextOf(ctx, res), input: { ...query, origin: originOf(req) } }),
    }),
    get: async ({ params, req, res }) => ({
      status: 200,
      body: await getShop({ ctx: ownerContextOf(ctx, res), input: { id: params.id, origin: originOf(req) } }),
    }),
    update: async ({ params, body, req, res }) => ({
      status: 200,
      body: await updateShop({ ctx: ownerContextOf(ctx, res), input: { id: params.id, origin: originOf(req), body } }),
    }),
    remove: async ({ params, res }) => {
      await deleteShop({ ctx: ownerContextOf(ctx, res), input: { id: params.id } });
      return { status: 204, body: undefined };
    },
  });
