import { and, bookings, count, gt, inArray, type Database, type SQL } from '@salon/db';
import { AppError } from '@salon/errors';

/**
 * Refuses (409 conflict, with the count in the message and details) while bookings matching
 * `scope` are still to come and active (pending or confirmed, starting after now).
 * @throws AppError('conflict')
 */
export async function assertNoUpcomingBookings(db: Database, scope: SQL, now: Date, subject: string): Promise<void> {
  const [row] = await db
    .select({ upcoming: count() })
    .from(bookings)
    .where(and(scope, inArray(bookings.status, ['pending', 'confirmed']), gt(bookings.startsAt, now)));
  const upcoming = row?.upcoming ?? 0;
  if (upcoming === 0) return;
  const noun = upcoming === 1 ? 'booking' : 'bookings';
  throw new AppError('conflict', `${subject} has ${upcoming} upcoming ${noun}: move or cancel ${upcoming === 1 ? 'it' : 'them'} first.`, {
    details: [{ path: 'upcomingBookings', message: String(upcoming) }],
  });
}
