import {
  BookedServiceSchema,
  BookingLineSchema,
  BookingStatusSchema,
  InstantSchema,
  LocalDateSchema,
  LocalInstantSchema,
} from '@salon/contracts-common';
import { z } from 'zod';

export {
  BOOKING_STATUSES,
  BookedServiceSchema,
  BookingStatusFilterSchema,
  BookingStatusSchema,
  LocalInstantSchema,
  type BookingStatus,
} from '@salon/contracts-common';

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
  lines: z
    .array(BookingLineSchema)
    .describe('For a visit of several services: each service in order with its stylist, price and times (the booking\'s own fields are the visit\'s). Empty for one service.'),
});
export type OwnerBookingDetail = z.infer<typeof OwnerBookingDetailSchema>;
