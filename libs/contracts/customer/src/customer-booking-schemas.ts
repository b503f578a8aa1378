import {
  BookedServiceSchema,
  BookingLineSchema,
  BookingStatusFilterSchema,
  BookingStatusSchema,
  InstantSchema,
  LocalDateSchema,
  LocalInstantSchema,
  PaginationQuerySchema,
  text,
  UuidSchema,
} from '@salon/contracts-common';
import { z } from 'zod';

/** A booking as the customer who made it sees it: no other customer's data, only the stylist's first name. */
export const CustomerBookingSchema = z.object({
  id: z.string().uuid().describe('Booking id.'),
  shop: z
    .object({
      id: z.string().uuid().describe('The shop booked.'),
      name: z.string().describe('Shop name.'),
      timeZone: z.string().describe('The shop\'s IANA time zone, in which `localStart` and `localDate` are given.'),
    })
    .describe('Where the appointment is.'),
  service: BookedServiceSchema,
  staff: z
    .object({
      id: z.string().uuid().describe('Staff member id.'),
      firstName: z.string().describe('The stylist\'s first name.'),
    })
    .describe('Who performs it.'),
  status: BookingStatusSchema,
  startsAt: InstantSchema.describe('Appointment start, UTC.'),
  endsAt: InstantSchema.describe('Appointment end, UTC (buffers not included).'),
  localStart: LocalInstantSchema,
  localDate: LocalDateSchema.describe('The shop-local calendar date of the start.'),
  priceMinor: z.number().int().describe('Price at booking time, in minor units of `currency`.'),
  currency: z.string().describe('ISO 4217 currency of `priceMinor`.'),
  notes: z.string().nullable().describe('Your notes for the shop.'),
  cancellableUntil: InstantSchema.describe('Last instant you may cancel or move it yourself (start − the shop\'s cancellation notice), UTC.'),
  cancelledAt: InstantSchema.nullable().describe('When it was cancelled, UTC; null unless cancelled.'),
  cancellationReason: z.string().nullable().describe('Why it was cancelled, if a reason was given.'),
  createdAt: InstantSchema.describe('When it was booked, UTC.'),
  updatedAt: InstantSchema.describe('Last change, UTC.'),
});
export type CustomerBooking = z.infer<typeof CustomerBookingSchema>;

/** One status change as the customer sees it: who, not which user. */
export const CustomerStatusChangeSchema = z.object({
  from: BookingStatusSchema.nullable().describe('Status before; null for the row recording creation.'),
  to: BookingStatusSchema.describe('Status after.'),
  at: InstantSchema.describe('When it changed, UTC.'),
  by: z.enum(['customer', 'owner', 'system']).describe('Who changed it: you, the shop, or the system.'),
  reason: z.string().nullable().describe('Why, if a reason was given.'),
});

export const CustomerBookingDetailSchema = CustomerBookingSchema.extend({
  statusHistory: z.array(CustomerStatusChangeSchema).describe('Every status change, oldest first.'),
  lines: z
    .array(BookingLineSchema)
    .describe('For a visit of several services: each service in order, back to back (the booking\'s service, staff, price and times are the visit\'s: first service and stylist, total price). Empty for one service.'),
});
export type CustomerBookingDetail = z.infer<typeof CustomerBookingDetailSchema>;

export const CreateBookingBodySchema = z
  .object({
    shopId: UuidSchema.describe('An active shop.'),
    serviceId: UuidSchema.optional().describe('An active service of that shop. Give this or lines, not both.'),
    start: InstantSchema.describe('A free slot\'s start, UTC, as the slot endpoints list it.'),
    staffId: UuidSchema.optional().describe('A stylist who performs the service; omitted: a free one is chosen. Not with lines.'),
    lines: z
      .array(
        z
          .object({
            serviceId: UuidSchema.describe('An active service of that shop.'),
            staffId: UuidSchema.optional().describe('A stylist who performs it; omitted: the first free one.'),
          })
          .strict(),
      )
      .min(2)
      .max(5)
      .optional()
      .describe('Several services in one visit, back to back in this order (a cut, then a colour), each optionally with its own stylist; `start` is the first one\'s. Give this or serviceId, not both.'),
    notes: text({ max: 1000, multiline: true }).optional().describe('Notes for the shop.'),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.lines !== undefined && body.serviceId !== undefined) ctx.addIssue({ code: 'custom', path: ['lines'], message: 'Give serviceId or lines, not both.' });
    else if (body.lines === undefined && body.serviceId === undefined) ctx.addIssue({ code: 'custom', path: ['serviceId'], message: 'Give serviceId, or lines for several services.' });
    if (body.lines !== undefined && body.staffId !== undefined) ctx.addIssue({ code: 'custom', path: ['staffId'], message: 'With lines, give each line its staffId.' });
  });
export type CreateBookingBody = z.infer<typeof CreateBookingBodySchema>;

export const IdempotencyHeadersSchema = z.object({
  'idempotency-key': text({ min: 1, max: 255 })
    .optional()
    .describe('Optional. The same key with the same body within 24 h replays the first response; with another body: 422.'),
});

export const UpdateBookingBodySchema = z
  .object({
    start: InstantSchema.optional().describe('Move to this free slot start, UTC.'),
    staffId: UuidSchema.optional().describe('Move to this stylist (with `start`, or at the same time).'),
    notes: text({ max: 1000, multiline: true }).nullable().optional().describe('New notes; null clears them.'),
  })
  .strict()
  .refine((body) => body.start !== undefined || body.staffId !== undefined || body.notes !== undefined, {
    message: 'Give at least one of start, staffId, notes.',
  });
export type UpdateBookingBody = z.infer<typeof UpdateBookingBodySchema>;

export const CancelBookingBodySchema = z
  .object({ reason: text({ max: 500 }).optional().describe('Why you cancel, shown to the shop.') })
  .strict();

export const MyBookingsQuerySchema = PaginationQuerySchema.extend({
  status: BookingStatusFilterSchema.optional(),
  order: z
    .enum(['newest', 'soonest'])
    .default('newest')
    .describe('`newest`: latest start first (default); `soonest`: earliest start first. Ties by id.'),
}).strict();
