import { z } from 'zod';
import { UuidSchema } from './primitives';

/** One stretch of a service at a given start: `active` holds the stylist, `processing` leaves them free. */
export const TimedSegmentSchema = z.object({
  kind: z.enum(['active', 'processing']).describe('active: the stylist works; processing: the client waits (e.g. colour developing) and the stylist is free.'),
  start: z.string().describe('UTC instant, RFC 3339 ending in Z (inclusive).'),
  end: z.string().describe('UTC instant, RFC 3339 ending in Z (exclusive).'),
});

/** A bookable start, as the scheduling engine yields it (scheduling-cases.md rules 2–6). */
export const SlotSchema = z.object({
  start: z.string().describe('UTC instant the service starts, RFC 3339 ending in Z.'),
  end: z.string().describe('UTC instant the service ends with the first staff member in staffIds (per-staff durations may differ).'),
  localStart: z.string().describe('The start in the shop\'s zone with its offset, e.g. 2026-03-30T09:00:00+01:00.'),
  localDate: z.string().describe('The shop-local date the slot is on, YYYY-MM-DD.'),
  staffIds: z.array(UuidSchema).describe('Staff free for the whole slot, buffers included, in the order a booking without a chosen stylist assigns them (fewest bookings that day first).'),
  staff: z
    .array(z.object({ staffId: UuidSchema, end: z.string().describe('UTC instant the service ends with this staff member.') }))
    .describe('Each free staff member with their own end time.'),
  segments: z
    .array(TimedSegmentSchema)
    .optional()
    .describe('Only for a service with processing time: its segments with the first staff member in staffIds. The stylist is free during processing segments.'),
});
export type Slot = z.infer<typeof SlotSchema>;

/** A half-open `[start, end)` stretch of real time, UTC instants. */
export const InstantRangeSchema = z.object({
  start: z.string().describe('UTC instant, RFC 3339 ending in Z (inclusive).'),
  end: z.string().describe('UTC instant, RFC 3339 ending in Z (exclusive).'),
});
