import { API_ROUTER_OPTIONS, auth, IdParamsSchema, UuidSchema } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { NoQuerySchema } from './fields';
import { CreateDateOverrideBodySchema, DateOverrideSchema, ListDateOverridesQuerySchema } from './date-override-schemas';
import { CreateWeeklyHoursBodySchema, UpdateWeeklyHoursBodySchema, WeeklyHoursSchema } from './weekly-hours-schemas';

const c = initContract();

const ShopParamsSchema = z.object({ shopId: UuidSchema.describe('Your shop.') });

export const ScheduleConflictSchema = z.object({
  bookingId: UuidSchema.describe('The booking, still active: nothing is cancelled for you.'),
  staffId: UuidSchema.describe('Its staff member.'),
  start: z.string().describe('Booking start, UTC.'),
  end: z.string().describe('Booking end, UTC.'),
  localStart: z.string().describe('Booking start on the shop\'s wall clock, with its offset.'),
  reason: z
    .enum(['outside_working_hours', 'time_off', 'invalid_schedule'])
    .describe('outside_working_hours: the service is no longer inside a working window of its staff member (weekly hours, overrides, shop hours); time_off: it overlaps their time off; invalid_schedule: the stored schedule cannot be computed.'),
});
export type ScheduleConflict = z.infer<typeof ScheduleConflictSchema>;

/**
 * Opening hours, staff working hours, date overrides and the bookings those changes strand.
 * Changing hours never cancels a booking: `conflicts` lists them for the owner to act on.
 */
export const schedulesContract = c.router(
  {
    create: {
      method: 'POST',
      path: '/schedules',
      body: CreateWeeklyHoursBodySchema,
      responses: { 201: WeeklyHoursSchema },
      metadata: auth('owner'),
      summary: 'Add a weekly working window: the shop\'s opening hours, or a staff member\'s hours. Several rows make breaks and split shifts.',
    },
    listForShop: {
      method: 'GET',
      path: '/schedules/shop/:shopId',
      pathParams: ShopParamsSchema,
      query: NoQuerySchema,
      responses: { 200: z.object({ items: z.array(WeeklyHoursSchema) }) },
      metadata: auth('owner'),
      summary: 'Every weekly window of a shop, flat: opening hours (staffId null) first, then each staff member\'s, by start time.',
    },
    update: {
      method: 'PUT',
      path: '/schedules/:id',
      pathParams: IdParamsSchema,
      body: UpdateWeeklyHoursBodySchema,
      responses: { 200: WeeklyHoursSchema },
      metadata: auth('owner'),
      summary: 'Change a weekly window (partial). Existing bookings are kept: see GET /schedules/conflicts/{shopId}.',
    },
    remove: {
      method: 'DELETE',
      path: '/schedules/:id',
      pathParams: IdParamsSchema,
      responses: { 204: c.noBody() },
      metadata: auth('owner'),
      summary: 'Delete a weekly window. Existing bookings are kept.',
    },
    createOverride: {
      method: 'POST',
      path: '/schedules/overrides',
      body: CreateDateOverrideBodySchema,
      responses: { 201: DateOverrideSchema },
      metadata: auth('owner'),
      summary: 'Replace one date\'s hours (closed, or other windows) for the shop or a staff member. One per date: a second is 409 conflict (delete the first).',
    },
    listOverrides: {
      method: 'GET',
      path: '/schedules/overrides/shop/:shopId',
      pathParams: ShopParamsSchema,
      query: ListDateOverridesQuerySchema,
      responses: { 200: z.object({ items: z.array(DateOverrideSchema) }) },
      metadata: auth('owner'),
      summary: 'The shop\'s and its staff\'s date overrides in a local date range (default: today and the next 89 days), by date.',
    },
    removeOverride: {
      method: 'DELETE',
      path: '/schedules/overrides/:id',
      pathParams: IdParamsSchema,
      responses: { 204: c.noBody() },
      metadata: auth('owner'),
      summary: 'Delete a date override.',
    },
    conflicts: {
      method: 'GET',
      path: '/schedules/conflicts/:shopId',
      pathParams: ShopParamsSchema,
      query: NoQuerySchema,
      responses: { 200: z.object({ items: z.array(ScheduleConflictSchema) }) },
      metadata: auth('owner'),
      summary: 'Upcoming active bookings (next 90 days) that now fall outside their staff member\'s working time, by start.',
    },
  },
  API_ROUTER_OPTIONS,
);
