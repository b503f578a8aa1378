import { assertPlanFeature, type BillingContext } from '@salon/billing';
import { calendarFeedContract } from '@salon/contracts-owner';
import { eq, owners, shops } from '@salon/db';
import { type IdentityContext } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { type Request } from 'express';
import { findFeedShop } from '../use-cases/calendar-feed/find-feed-shop';
import { getCalendarFeed } from '../use-cases/calendar-feed/get-calendar-feed';
import { rotateCalendarToken } from '../use-cases/calendar-feed/rotate-calendar-token';
import { ownerContextOf } from './owner-context';

const s = initServer();

/**
 * The feed's absolute URL as this request reached the API (`trust proxy` decides whether a
 * proxy's X-Forwarded-Proto/Host count), so a calendar app can subscribe to it as it is.
 */
function calendarFeedUrlOf(req: Request, shopId: string, token: string): string {
  const url = new URL(`${req.protocol}://${req.get('host')}/api/v1/shops/${shopId}/calendar.ics`);
  url.searchParams.set('token', token);
  return url.toString();
}

/** GET /shops/{shopId}/calendar.ics (public: the token is the secret) and POST /shops/{id}/calendar-token. */
export const calendarFeedRoutes = (ctx: IdentityContext, billing: BillingContext) =>
  s.router(calendarFeedContract, {
    feed: async ({ params, query, res }) => {
      // The token is checked first (a wrong one is 404 whatever the plan), then the owner's plan.
      await findFeedShop(ctx.db, params.shopId, query.token);
      const [owner] = await ctx.db.select({ userId: owners.userId }).from(shops).innerJoin(owners, eq(owners.id, shops.ownerId)).where(eq(shops.id, params.shopId));
      if (owner) await assertCalendarFeed(billing, owner.userId);
      const body = await getCalendarFeed({ ctx, input: { shopId: params.shopId, token: query.token } });
      // The feed is private and changes with every booking: no shared or stale copies.
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Content-Disposition', 'inline; filename="calendar.ics"');
      return { status: 200, body };
    },
    rotateToken: async ({ params, req, res }) => {
      const owner = ownerContextOf(ctx, res);
      await assertCalendarFeed(billing, owner.userId);
      const { shopId, token } = await rotateCalendarToken({ ctx: owner, input: { shopId: params.id } });
      return { status: 200, body: { calendarFeedUrl: calendarFeedUrlOf(req, shopId, token) } };
    },
  });

/** The calendar feed is a Premium feature (403 plan_limit_reached below it). */
const assertCalendarFeed = (billing: BillingContext, userId: string) =>
  assertPlanFeature({ ctx: billing, input: { userId, audience: 'owner', feature: 'calendarFeed', label: 'calendar feed' } });
