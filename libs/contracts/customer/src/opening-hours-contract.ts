import { API_ROUTER_OPTIONS, auth, UuidSchema } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { NoQuerySchema } from './catalogue-contract';

const c = initContract();

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const LocalWindowSchema = z.object({
  start: z.string().describe('Opens at, shop-local HH:mm.'),
  end: z.string().describe('Closes at, shop-local HH:mm (24:00 = midnight).'),
});

/** A shop's opening hours as its own wall clock shows them: no instants, no staff. */
export const OpeningHoursSchema = z.object({
  shopId: UuidSchema,
  timeZone: z.string().describe('The shop\'s IANA zone; every time below is local to it.'),
  today: z.string().describe('Today\'s date in the shop\'s zone, YYYY-MM-DD: the first of the special days looked at.'),
  weekly: z
    .array(
      z.object({
        weekday: z.enum(WEEKDAYS),
        windows: z.array(LocalWindowSchema).describe('Open stretches in time order; empty = closed that weekday.'),
      }),
    )
    .describe('Monday to Sunday, the regular hours in effect today.'),
  specialDays: z
    .array(
      z.object({
        date: z.string().describe('Shop-local date, YYYY-MM-DD.'),
        isClosed: z.boolean(),
        windows: z.array(LocalWindowSchema).describe('The hours that day instead of the weekly ones; empty when closed.'),
        reason: z.string().nullable().describe('Why, if the shop said (e.g. "Bank holiday").'),
      }),
    )
    .describe('Dates in the next 14 days (today included) whose hours differ from the weekly ones, in date order.'),
});
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;

export const openingHoursContract = c.router(
  {
    shopHours: {
      method: 'GET',
      path: '/schedules/shop/:shopId',
      pathParams: z.object({ shopId: UuidSchema.describe('An active shop.') }),
      query: NoQuerySchema,
      responses: { 200: OpeningHoursSchema },
      metadata: auth('public'),
      summary: 'An active shop\'s opening hours: the weekly hours and the next 14 days\' special days, in local time.',
    },
  },
  API_ROUTER_OPTIONS,
);
