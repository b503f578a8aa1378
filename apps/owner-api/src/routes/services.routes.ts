import { servicesContract } from '@salon/contracts-owner';
import { type IdentityContext } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { createService } from '../use-cases/services/create-service';
import { deleteService } from '../use-cases/services/delete-service';
import { getService } from '../use-cases/services/get-service';
import { listServices } from '../use-cases/services/list-services';
import { updateService } from '../use-cases/services/update-service';
import { ownerContextOf } from './owner-context';

const s = initServer();

/** The services of the caller's shops: validated by the contract, one use case each. */
export const servicesRoutes = (ctx: IdentityContext) =>
  s.router(servicesContract, {
    create: async ({ body, res }) => ({ status: 201, body: await createService({ ctx: ownerContextOf(ctx, res), input: body }) }),
    listByShop: async ({ params, res }) => ({
      status: 200,
      body: await listServices({ ctx: ownerContextOf(ctx, res), input: { shopId: params.shopId } }),
    }),
    get: async ({ params, res }) => ({ status: 200, body: await getService({ ctx: ownerContextOf(ctx, res), input: { id: params.id } }) }),
    update: async ({ params, body, res }) => ({
      status: 200,
      body: await updateService({ ctx: ownerContextOf(ctx, res), input: { id: params.id, body } }),
    }),
    remove: async ({ params, res }) => {
      const outcome = await deleteService({ ctx: ownerContextOf(ctx, res), input: { id: params.id } });
      return outcome.deleted ? { status: 204, body: undefined } : { status: 200, body: outcome.service };
    },
  });
