import { assertPlanFeature, type BillingContext } from '@salon/billing';
import { dashboardContract } from '@salon/contracts-owner';
import { type IdentityContext } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { getDashboard } from '../use-cases/dashboard/get-dashboard';
import { ownerContextOf } from './owner-context';

const s = initServer();

/** GET /clients/dashboard: the owner's figures over their shops (the analytics dashboard: Basic plan or better). */
export const dashboardRoutes = (ctx: IdentityContext, billing: BillingContext) =>
  s.router(dashboardContract, {
    get: async ({ query, res }) => {
      const owner = ownerContextOf(ctx, res);
      await assertPlanFeature({ ctx: billing, input: { userId: owner.userId, audience: 'owner', feature: 'analyticsDashboard', label: 'analytics dashboard' } });
      return { status: 200, body: await getDashboard({ ctx: owner, input: query }) };
    },
  });
