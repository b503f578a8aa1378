import { and, bookings, eq, shops, type Booking, type Database, type Shop } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { type BookingActor } from '../context';

/**
 * The booking and its shop if `actor` may act on it (its customer, or its shop's owner); anyone
 * else's booking and an unknown id are the same 404 (conventions.md). `forUpdate` locks the row,
 * so the verbs that change it decide on what they locked.
 * @throws NotFoundError('Booking')
 */
export async function findBookingFor(
  db: Database,
  input: { bookingId: string; actor: BookingActor; forUpdate?: boolean },
): Promise<{ booking: Booking; shop: Shop }> {
  const { actor } = input;
  const query = db
    .select({ booking: bookings, shop: shops })
    .from(bookings)
    .innerJoin(shops, eq(shops.id, bookings.shopId))
    .where(and(
      eq(bookings.id, input.bookingId),
      actor.kind === 'customer' ? eq(bookings.customerId, actor.customerId) : eq(shops.ownerId, actor.ownerId),
    ))
    .limit(1);
  const [row] = input.forUpdate ? await query.for('update', { of: bookings }) : await query;
  if (!row) throw new NotFoundError('Booking');
  return row;
}
