import {
  API_ROUTER_OPTIONS,
  auth,
  IdParamsSchema,
  InstantSchema,
  pageOf,
  PaginationQuerySchema,
  text,
  UuidSchema,
} from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { BookingStatusFilterSchema, OwnerBookingDetailSchema, OwnerBookingSchema } from './booking-schemas';

const c = initContract();

/** The widest `from`–`to` window one list may ask for. */
export const MAX_BOOKING_LIST_DAYS = 366;
const DAY_MS = 86_400_000;

export const ShopBookingsQuerySchema = PaginationQuerySchema.extend({
  from: InstantSchema.optional().describe('Only bookings starting at or after this instant.'),
  to: InstantSchema.optional().describe(`Only bookings starting before this instant; at most ${MAX_BOOKING_LIST_DAYS} days after \`from\`.`),
  status: BookingStatusFilterSchema.optional(),
  staffId: UuidSchema.optional().describe('Only this staff member\'s bookings.'),
})
  .strict()
  .superRefine((query, issue) => {
    if (!query.from || !query.to) return;
    const span = Date.parse(query.to) - Date.parse(query.from);
    if (span <= 0) issue.addIssue({ code: 'custom', path: ['to'], message: 'Must be after `from`.' });
    else if (span > MAX_BOOKING_LIST_DAYS * DAY_MS) {
      issue.addIssue({ code: 'custom', path: ['to'], message: `At most ${MAX_BOOKING_LIST_DAYS} days after \`from\`.` });
    }
  });
export type ShopBookingsQuery = z.infer<typeof ShopBookingsQuerySchema>;

/** What an owner may change: the status forward (confirm, complete, no-show) and the notes. */
export const OwnerUpdateBookingBodySchema = z
  .object({
    status: z.enum(['confirmed', 'completed', 'no_show']).optional().describe('Confirm a pending booking, or mark it completed (after its start) or a no-show.'),
    notes: text({ max: 1000, multiline: true }).nullable().optional().describe('New notes; null clears them.'),
    reason: text({ max: 500 }).optional().describe('Why the status changed, kept in the status history.'),
  })
  .strict()
  .refine((body) => body.status !== undefined || body.notes !== undefined, { message: 'Give `status` or `notes`.' });
export type OwnerUpdateBookingBody = z.infer<typeof OwnerUpdateBookingBodySchema>;

export const OwnerCancelBookingBodySchema = z
  .object({ reason: text({ max: 500 }).optional().describe('Why the shop cancels, shown to the customer.') })
  .strict();

/** The owner's view of their shops' bookings (changing a booking's state is the booking life cycle's). */
export const bookingsContract = c.router(
  {
    listForShop: {
      method: 'GET',
      path: '/bookings/shop/:shopId',
      pathParams: z.object({ shopId: UuidSchema.describe('One of your shops.') }),
      query: ShopBookingsQuerySchema,
      responses: { 200: pageOf(OwnerBookingSchema) },
      metadata: auth('owner'),
      summary: 'Your shop\'s bookings, by start time then id (a stable cursor list), filtered by time, status and staff.',
    },
    get: {
      method: 'GET',
      path: '/bookings/:id',
      pathParams: IdParamsSchema,
      responses: { 200: OwnerBookingDetailSchema },
      metadata: auth('owner'),
      summary: 'One booking of one of your shops, with what was booked, the customer\'s contact and its status history.',
    },
    update: {
      method: 'PUT',
      path: '/bookings/:id',
      pathParams: IdParamsSchema,
      body: OwnerUpdateBookingBodySchema,
      responses: { 200: OwnerBookingDetailSchema },
      metadata: auth('owner'),
      summary: 'Confirm, complete or mark a no-show, and/or change the notes. A transition the life cycle forbids is 409 `conflict`.',
    },
    cancel: {
      method: 'DELETE',
      path: '/bookings/:id/cancel',
      pathParams: IdParamsSchema,
      body: OwnerCancelBookingBodySchema.optional(),
      responses: { 200: OwnerBookingDetailSchema },
      metadata: auth('owner'),
      summary: 'Cancel a pending or confirmed booking at any time (no notice applies to the shop); frees its time.',
    },
  },
  API_ROUTER_OPTIONS,
);
