import { API_ROUTER_OPTIONS, auth, InstantRangeSchema, LocalDateSchema, SlotSchema, UuidSchema } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { z } from 'zod';

const c = initContract();

export const SlotPreviewBodySchema = z
  .object({
    shopId: UuidSchema.describe('One of your shops.'),
    serviceId: UuidSchema.describe('A service of that shop (inactive ones can be previewed too).'),
    from: LocalDateSchema.describe('First shop-local date, YYYY-MM-DD.'),
    to: LocalDateSchema.describe('Last shop-local date, inclusive; 92 days at most, from and to included (to − from ≤ 91 days).'),
    staffId: UuidSchema.optional().describe('Only this staff member\'s slots; they must perform the service.'),
  })
  .strict();

export const SlotPreviewSchema = z.object({
  shopId: UuidSchema,
  serviceId: UuidSchema,
  timeZone: z.string().describe('The shop\'s IANA zone every local time is in.'),
  slots: z.array(SlotSchema).describe('Bookable starts in time order: exactly what customers are offered now (same engine, policy and bookings).'),
});

export const CalendarViewQuerySchema = z
  .object({
    from: LocalDateSchema.optional().describe('First shop-local date; default today in the shop\'s zone.'),
    to: LocalDateSchema.optional().describe('Last shop-local date, inclusive; default from + 6 days; 92 days at most, from and to included.'),
    staffId: UuidSchema.optional().describe('Only this staff member.'),
  })
  .strict();

export const CalendarBookingSchema = z.object({
  id: UuidSchema,
  start: z.string().describe('UTC instant the appointment starts (no buffers).'),
  end: z.string().describe('UTC instant it ends (no buffers).'),
  localStart: z.string().describe('Start in the shop\'s zone with its offset.'),
  status: z.enum(['pending', 'confirmed', 'cancelled', 'completed', 'no_show']),
  serviceName: z.string().describe('The service as booked (a snapshot).'),
  customerName: z.string().nullable().describe('The customer\'s display name, if they gave one.'),
});

export const CalendarViewSchema = z.object({
  shopId: UuidSchema,
  timeZone: z.string().describe('The shop\'s IANA zone.'),
  from: z.string().describe('First shop-local date shown.'),
  to: z.string().describe('Last shop-local date shown, inclusive.'),
  days: z.array(
    z.object({
      localDate: z.string().describe('Shop-local date, YYYY-MM-DD.'),
      staff: z.array(
        z.object({
          staffId: UuidSchema,
          displayName: z.string(),
          windows: z.array(InstantRangeSchema).describe('Working time: their hours within the shop\'s, overrides applied, time off removed.'),
          bookings: z.array(CalendarBookingSchema).describe('Their bookings starting that local date, every status, in time order.'),
          free: z.array(InstantRangeSchema).describe('Working time no active booking holds (buffers count as held).'),
        }),
      ),
    }),
  ),
});

/** Slot preview and the calendar view: read-only, computed by the engine from the shop's rows. */
export const availabilityContract = c.router(
  {
    previewSlots: {
      method: 'POST',
      path: '/schedules/generate-slots',
      body: SlotPreviewBodySchema,
      responses: { 200: SlotPreviewSchema },
      metadata: auth('owner'),
      summary: 'Preview the slots a service yields on a date range (slots are computed on the fly, never stored).',
    },
    calendarView: {
      method: 'GET',
      path: '/schedules/calendar-view/:shopId',
      pathParams: z.object({ shopId: UuidSchema }),
      query: CalendarViewQuerySchema,
      responses: { 200: CalendarViewSchema },
      metadata: auth('owner'),
      summary: 'Per shop-local day: each staff member\'s working windows, their bookings and their free time.',
    },
  },
  API_ROUTER_OPTIONS,
);
