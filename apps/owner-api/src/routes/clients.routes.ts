import { clientsContract } from '@salon/contracts-owner';
import { actorOf } from '@salon/http';
import { type Actor, type IdentityContext } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { createClient } from '../use-cases/clients/create-client';
import { getClient } from '../use-cases/clients/get-client';
import { updateClient } from '../use-cases/clients/update-client';
import { ownerContextOf } from './owner-context';

const s = initServer();

/** POST /clients (any signed-in user), GET|PUT /clients/me (owners). */
export const clientsRoutes = (ctx: IdentityContext) =>
  s.router(clientsContract, {
    create: async ({ body, res }) => ({
      status: 201,
      body: await createClient({ ctx, input: { userId: actorOf<Actor>(res).userId, body } }),
    }),
    me: async ({ res }) => ({ status: 200, body: await getClient({ ctx: ownerContextOf(ctx, res) }) }),
    update: async ({ body, res }) => ({ status: 200, body: await updateClient({ ctx: ownerContextOf(ctx, res), input: body }) }),
  });
