import { calendarFeedContract } from '@salon/contracts-owner';
import { type IdentityContext } from '@salon/identity';
import { initServer } from '@ts-rest/express';
import { type Request } from 'express';
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
export const calendarFeedRoutes = (ctx: IdentityContext) =>
  s.router(calendarFeedContract, {
    feed: async ({ params, query, res }) => {
      const body = await getCalendarFeed({ ctx, input: { shopId: params.shopId, token: query.token } });
      // The feed is private and changes with every booking: no shared or stale copies.
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Content-Disposition', 'inline; filename="calendar.ics"');
      return { status: 200, body };
    },
    rotateToken: async ({ params, req, res }) => {
      const { shopId, token } = await rotateCalendarToken({ ctx: ownerContextOf(ctx, res), input: { shopId: params.id } });
      return { status: 200, body: { calendarFeedUrl: calendarFeedUrlOf(req, shopId, token) } };
    },
  });
