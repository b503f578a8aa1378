import { API_ROUTER_OPTIONS, auth, IdParamsSchema, text, UuidSchema } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { z } from 'zod';

const c = initContract();

/** How far back and ahead of now the feed reaches. */
export const CALENDAR_FEED_DAYS_BACK = 30;
export const CALENDAR_FEED_DAYS_AHEAD = 90;

export const CalendarFeedQuerySchema = z
  .object({
    token: text({ min: 0, max: 256 })
      .optional()
      .describe('The shop\'s secret feed token, from its calendarFeedUrl. Missing or wrong: 404.'),
  })
  .strict();

export const CalendarFeedUrlSchema = z.object({
  calendarFeedUrl: z
    .string()
    .url()
    .describe('The private iCalendar feed URL, token included: subscribe to it in any calendar app. Treat it as a password.'),
});
export type CalendarFeedUrl = z.infer<typeof CalendarFeedUrlSchema>;

/** A private iCalendar (RFC 5545) feed of a shop's bookings, and the rotation of its secret. */
export const calendarFeedContract = c.router(
  {
    feed: {
      method: 'GET',
      path: '/shops/:shopId/calendar.ics',
      pathParams: z.object({ shopId: UuidSchema.describe('The shop whose bookings the feed lists.') }),
      query: CalendarFeedQuerySchema,
      responses: {
        200: c.otherResponse({
          contentType: 'text/calendar',
          body: z
            .string()
            .describe(
              `An RFC 5545 VCALENDAR: one VEVENT per booking from ${CALENDAR_FEED_DAYS_BACK} days ago to ` +
                `${CALENDAR_FEED_DAYS_AHEAD} days ahead (UID <bookingId>@salon, UTC times, STATUS CONFIRMED, TENTATIVE for pending, CANCELLED).`,
            ),
        }),
      },
      metadata: auth('public'),
      summary: 'The shop\'s private calendar feed. No Authorization header: the token in the URL is the secret.',
    },
    rotateToken: {
      method: 'POST',
      path: '/shops/:id/calendar-token',
      pathParams: IdParamsSchema,
      body: c.noBody(),
      responses: { 200: CalendarFeedUrlSchema },
      metadata: auth('owner'),
      summary: 'Give your shop\'s calendar feed a new secret URL; the old URL stops working at once.',
    },
  },
  API_ROUTER_OPTIONS,
);
