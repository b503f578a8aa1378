import { type ServiceSegment } from '@salon/db';
import { type SlotCheck } from '@salon/scheduling';

type Bookable = Extract<SlotCheck, { isBookable: true }>;

/**
 * The `booking_holds` rows of a checked start: one per hold the engine returned (the active
 * segments with the outer buffers; one row for a service without processing time). Each goes in
 * under the exclusion constraint, so a lost race on any of them is 23P01.
 */
export function holdRows(check: Bookable, ids: { bookingId: string; shopId: string }) {
  return check.holds.map((hold) => ({
    ...ids,
    staffId: check.staffId,
    during: { start: new Date(hold.start), end: new Date(hold.end) },
  }));
}

/** The booking's segment snapshot (minutes): null for a service without processing time. */
export function segmentsOf(check: Bookable): ServiceSegment[] | null {
  if (!check.segments.some((segment) => segment.kind === 'processing')) return null;
  return check.segments.map((segment) => ({ kind: segment.kind, minutes: (Date.parse(segment.end) - Date.parse(segment.start)) / 60_000 }));
}
