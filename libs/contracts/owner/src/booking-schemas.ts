import { CurrencySchema, InstantSchema, LocalDateSchema } from '@salon/contracts-common';
import { z } from 'zod';

/** A booking's life cycle, as the database's `booking_status` enum holds it. */
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
});

export const BookingStaffSchema = z.object({
  id: z.string().uuid().describe('Staff member id.'),
  displayName: z.string().describe('Staff member\'s name as the shop shows it.'),
});

/** The owner may see their own customer's contact details, to reach them about the appointment. */
export const BookingCustomerSchema = z.object({
  id: z.string().uuid().describe('Customer profile id.'),
  displayName: z.string().nullable().describe('Customer\'s name, if they gave one.'),
  email: z.string().nullable().describe('Customer\'s email, if known.'),
  phone: z.string().nullable().describe('Customer\'s phone (their customer profile\'s, else their account\'s).'),
});

/** A booking as the shop's owner sees it. */
export const OwnerBookingSchema = z.object({
  id: z.string().uuid().describe('Booking id.'),
  shopId: z.string().uuid().describe('The shop booked.'),
  status: BookingStatusSchema,
  startsAt: InstantSchema.describe('Appointment start, UTC.'),
  endsAt: InstantSchema.describe('Appointment end, UTC (buffers not included).'),
  timeZone: z.string().describe('The shop\'s IANA time zone, in which `localStart` is given.'),
  localStart: LocalInstantSchema,
  localDate: LocalDateSchema.describe('The shop-local calendar date of the start.'),
  service: BookedServiceSchema,
  staff: BookingStaffSchema,
  customer: BookingCustomerSchema,
  notes: z.string().nullable().describe('Notes on the booking.'),
  cancelledAt: InstantSchema.nullable().describe('When it was cancelled, UTC; null unless cancelled.'),
  cancellationReason: z.string().nullable().describe('Why it was cancelled, if a reason was given.'),
  createdAt: InstantSchema.describe('When it was booked, UTC.'),
  updatedAt: InstantSchema.describe('Last change, UTC.'),
});
export type OwnerBooking = z.infer<typeof OwnerBookingSchema>;

/** One row of a booking's append-only status audit. */
export const BookingStatusChangeSchema = z.object({
  id: z.string().uuid().describe('Audit row id.'),
  fromStatus: BookingStatusSchema.nullable().describe('Status before the change; null for the row recording creation.'),
  toStatus: BookingStatusSchema.describe('Status after the change.'),
  changedByUserId: z.string().uuid().nullable().describe('The user who changed it; null when the system did (or the user is gone).'),
  changedAt: InstantSchema.describe('When it changed, UTC.'),
  reason: z.string().nullable().describe('Why, if a reason was given.'),
});

export const OwnerBookingDetailSchema = OwnerBookingSchema.extend({
  statusHistory: z.array(BookingStatusChangeSchema).describe('Every status change, oldest first.'),
});
export type OwnerBookingDetail = z.infer<typeof OwnerBookingDetailSchema>;
