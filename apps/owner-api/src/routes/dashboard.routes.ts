import { dashboardContract } from '@salon/contracts-owner';
import { type IdentityContext } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { getDashboard } from '../use-cases/dashboard/get-dashboard';
import { ownerContextOf } from './owner-context';

const s = initServer();

/** GET /clients/dashboard: the owner's figures over their shops. */
export const dashboardRoutes = (ctx: IdentityContext) =>
  s.router(dashboardContract, {
    get: async ({ query, res }) => ({ status: 200, body: await getDashboard({ ctx: ownerContextOf(ctx, res), input: query }) }),
  });
