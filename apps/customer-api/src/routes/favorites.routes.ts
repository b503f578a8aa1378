import { favoritesContract } from '@salon/contracts-customer';
import { type IdentityContext } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { addFavorite } from '../use-cases/favorites/add-favorite';
import { listFavorites } from '../use-cases/favorites/list-favorites';
import { removeFavorite } from '../use-cases/favorites/remove-favorite';
import { customerContextOf } from './customer-context';

const s = initServer();

export const favoritesRoutes = (app: IdentityContext) =>
  s.router(favoritesContract, {
    list: async ({ query, res }) => ({ status: 200, body: await listFavorites({ ctx: customerContextOf(app, res), input: query }) }),
    add: async ({ params, res }) => {
      await addFavorite({ ctx: customerContextOf(app, res), input: params });
      return { status: 204, body: undefined };
    },
    remove: async ({ params, res }) => {
      await removeFavorite({ ctx: customerContextOf(app, res), input: params });
      return { status: 204, body: undefined };
    },
  });
