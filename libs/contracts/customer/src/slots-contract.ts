import { API_ROUTER_OPTIONS, auth, LocalDateSchema, SlotSchema, TimedSegmentSchema, UuidSchema } from '@salon/contracts-common';
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

const VisitLineSchema = z.object({
  staffId: UuidSchema.describe('The stylist the engine would assign to this service.'),
  start: z.string().describe('When this service starts, UTC, RFC 3339 ending in Z.'),
  end: z.string().describe('When it ends, UTC.'),
  segments: z.array(TimedSegmentSchema).describe('Its active and processing segments (one active segment without processing time).'),
});

/** Starts of a visit of several services back to back, by shop-local day. */
export const PublicVisitDaysSchema = z.object({
  shopId: UuidSchema,
  serviceIds: z.array(UuidSchema).describe('The services of the visit, in order.'),
  timeZone: z.string().describe('The shop\'s IANA zone every local time is in.'),
  from: z.string().describe('First shop-local date asked for.'),
  to: z.string().describe('Last shop-local date asked for, inclusive.'),
  days: z
    .array(
      z.object({
        localDate: z.string().describe('Shop-local date, YYYY-MM-DD.'),
        visits: z.array(
          z.object({
            start: z.string().describe('UTC instant the first service starts: give it as `start` with `lines` to POST /bookings.'),
            end: z.string().describe('UTC instant the last service ends.'),
            localStart: z.string().describe('The start in the shop\'s zone with its offset.'),
            localDate: z.string().describe('The shop-local date of the start.'),
            lines: z.array(VisitLineSchema).describe('Each service in order, back to back.'),
          }),
        ),
      }),
    )
    .describe('Only dates with at least one start, in order.'),
});

const ServiceIdsQuery = z
  .string()
  .max(200)
  .transform((value) => value.split(',').map((part) => part.trim()))
  .pipe(z.array(UuidSchema).min(2).max(5))
  .describe('The services of one visit, in order, comma-separated (2–5), e.g. a cut then a colour.');

/** Free slots anyone can see: computed by the engine with the shop's policy and the real now. */
export const slotsContract = c.router(
  {
    calendarView: {
      method: 'GET',
      path: '/schedules/calendar-view/:shopId',
      pathParams: z.object({ shopId: UuidSchema }),
      query: z.object({ ...SlotRangeQuery, staffId: UuidSchema.optional().describe('Only this stylist: one of the shop\'s staff (else 404) who performs the service (else 400).') }).strict(),
      responses: { 200: PublicSlotDaysSchema },
      metadata: auth('public'),
      summary: 'Free slots of a service by shop-local day: exactly the starts a booking will accept.',
    },
    visitView: {
      method: 'GET',
      path: '/schedules/visit-view/:shopId',
      pathParams: z.object({ shopId: UuidSchema }),
      query: z.object({ serviceIds: ServiceIdsQuery, from: SlotRangeQuery.from, to: SlotRangeQuery.to }).strict(),
      responses: { 200: PublicVisitDaysSchema },
      metadata: auth('public'),
      summary: 'Starts of several services in one visit, back to back: exactly the starts POST /bookings with lines accepts.',
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
