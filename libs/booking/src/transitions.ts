import { type BookingStatus } from '@salon/db';

/**
 * The one table of allowed status changes. Terminal states (cancelled, completed, no_show) stay
 * terminal: a finished appointment cannot be reopened, only a new one booked.
 */
export const BOOKING_TRANSITIONS: Readonly<Record<BookingStatus, readonly BookingStatus[]>> = {
  pending: ['confirmed', 'cancelled'],
  confirmed: ['completed', 'no_show', 'cancelled'],
  cancelled: [],
  completed: [],
  no_show: [],
};

/** Statuses whose booking holds its staff member's time. */
export const ACTIVE_STATUSES: readonly BookingStatus[] = ['pending', 'confirmed'];

export const canTransition = (from: BookingStatus, to: BookingStatus): boolean => BOOKING_TRANSITIONS[from].includes(to);
