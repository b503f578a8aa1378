import { z } from 'zod';
import { CurrencySchema } from './primitives';

/** A booking's life cycle, as the database's `booking_status` enum holds it. Shared by both APIs. */
export const BookingStatusSchema = z
  .enum(['pending', 'confirmed', 'cancelled', 'completed', 'no_show'])
  .describe('pending → confirmed → completed | no_show; cancelled from pending or confirmed.');
export type BookingStatus = z.infer<typeof BookingStatusSchema>;

/** Every booking status, in life-cycle order. */
export const BOOKING_STATUSES = BookingStatusSchema.options;

/** `?status=pending` or `?status=pending,confirmed`: one status or a comma list, each a known status. */
export const BookingStatusFilterSchema = z
  .string()
  .max(100)
  .transform((value) => value.split(',').map((part) => part.trim()))
  .pipe(z.array(BookingStatusSchema).min(1).max(BOOKING_STATUSES.length))
  .describe('One status or a comma-separated list of them, e.g. `pending,confirmed`.');

/** A shop-local wall-clock instant with its UTC offset, e.g. 2026-03-30T09:00:00+01:00. */
export const LocalInstantSchema = z
  .string()
  .describe('The same instant as shop-local wall-clock time with its UTC offset, e.g. 2026-03-30T09:00:00+01:00.');

/** What the service was when it was booked: later price or name changes do not rewrite a booking. */
export const BookedServiceSchema = z.object({
  id: z.string().uuid().describe('The service booked.'),
  name: z.string().describe('Service name at booking time.'),
  priceMinor: z.number().int().describe('Price at booking time, in minor units of `currency`.'),
  currency: CurrencySchema,
  durationMinutes: z.number().int().describe('Appointment length in minutes (no buffers).'),
  bufferBeforeMinutes: z.number().int().describe('Staff set-up time held before the start.'),
  bufferAfterMinutes: z.number().int().describe('Staff clean-up time held after the end.'),
  segments: z
    .array(
      z.object({
        kind: z.enum(['active', 'processing']).describe('active: the stylist works; processing: the client waits and the stylist is free.'),
        minutes: z.number().int().describe('Length in minutes.'),
        start: z.string().describe('UTC instant it starts, RFC 3339 ending in Z.'),
        end: z.string().describe('UTC instant it ends, RFC 3339 ending in Z.'),
      }),
    )
    .nullable()
    .describe('The service\'s active and processing segments at booking time, in order; null for a service without processing time (one active block).'),
});
export type BookedService = z.infer<typeof BookedServiceSchema>;

/** One service of a visit of several, as booked. */
export const BookingLineSchema = z.object({
  serviceId: z.string().uuid().describe('The service.'),
  serviceName: z.string().describe('Its name at booking time.'),
  staffId: z.string().uuid().describe('Who performs this service.'),
  priceMinor: z.number().int().describe('Its price at booking time, in minor units of `currency`.'),
  currency: z.string().describe('ISO 4217 currency.'),
  durationMinutes: z.number().int().describe('Its length in minutes.'),
  segments: z
    .array(z.object({ kind: z.enum(['active', 'processing']).describe('active or processing.'), minutes: z.number().int().describe('Minutes.') }))
    .nullable()
    .describe('Its active/processing segments; null: one active block.'),
  startsAt: z.string().describe('When this service starts, UTC, RFC 3339 ending in Z.'),
  endsAt: z.string().describe('When it ends, UTC.'),
});
export type BookingLine = z.infer<typeof BookingLineSchema>;
