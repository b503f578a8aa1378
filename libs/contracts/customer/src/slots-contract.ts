import { API_ROUTER_OPTIONS, auth, LocalDateSchema, SlotSchema, UuidSchema } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { z } from 'zod';

const c = initContract();

const SlotRangeQuery = {
  serviceId: UuidSchema.describe('The service to book.'),
  from: LocalDateSchema.optional().describe('First shop-local date, YYYY-MM-DD; default today in the shop\'s zone.'),
  to: LocalDateSchema.optional().describe('Last shop-local date, inclusive; default from + 6 days; 92 days at most, from and to included (to − from ≤ 91 days).'),
};

export const PublicSlotDaysSchema = z.object({
  shopId: UuidSchema,
  serviceId: UuidSchema,
  timeZone: z.string().describe('The shop\'s IANA zone every local time is in.'),
  from: z.string().describe('First shop-local date asked for.'),
  to: z.string().describe('Last shop-local date asked for, inclusive.'),
  days: z
    .array(z.object({ localDate: z.string().describe('Shop-local date, YYYY-MM-DD.'), slots: z.array(SlotSchema) }))
    .describe('Only dates with at least one free slot, in order; empty when the shop has no hours in the range.'),
});
export type PublicSlotDays = z.infer<typeof PublicSlotDaysSchema>;

/** Free slots anyone can see: computed by the engine with the shop's policy and the real now. */
export const slotsContract = c.router(
  {
    calendarView: {
      method: 'GET',
      path: '/schedules/calendar-view/:shopId',
      pathParams: z.object({ shopId: UuidSchema }),
      query: z.object({ ...SlotRangeQuery, staffId: UuidSchema.optional().describe('Only this stylist; they must perform the service.') }).strict(),
      responses: { 200: PublicSlotDaysSchema },
      metadata: auth('public'),
      summary: 'Free slots of a service by shop-local day: exactly the starts a booking will accept.',
    },
    availableSlots: {
      method: 'GET',
      path: '/schedules/:id/available-slots',
      pathParams: z.object({ id: UuidSchema.describe('A weekly-hours schedule id, as the shop owner\'s GET /schedules/shop/{shopId} on owner-api lists them.') }),
      query: z.object(SlotRangeQuery).strict(),
      responses: { 200: PublicSlotDaysSchema },
      metadata: auth('public'),
      summary: 'Free slots that one weekly-hours schedule yields (the shop\'s hours, or one stylist\'s).',
    },
  },
  API_ROUTER_OPTIONS,
);
