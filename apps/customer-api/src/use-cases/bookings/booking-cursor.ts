import { ValidationError } from '@salon/errors';

/** Where a page of bookings ended: the last row's start and id (the list's sort key). */
export type BookingCursor = { startsAt: Date; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keyset cursor over (startsAt, id): stable under inserts, unlike an offset. Opaque to clients. */
export const encodeBookingCursor = (key: BookingCursor): string =>
  Buffer.from(JSON.stringify([key.startsAt.toISOString(), key.id])).toString('base64url');

/** @throws ValidationError on anything that is not a cursor this API made (400, never a 500). */
export function decodeBookingCursor(cursor: string): BookingCursor {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 2) throw new Error('not a pair');
    const [startsAt, id] = decoded as unknown[];
    const date = new Date(String(startsAt));
    if (typeof startsAt !== 'string' || typeof id !== 'string' || !UUID.test(id) || Number.isNaN(date.getTime())) throw new Error('bad key');
    return { startsAt: date, id };
  } catch {
    throw new ValidationError('The cursor is not valid.', [{ path: 'query.cursor', message: 'Use nextCursor from a previous page.' }]);
  }
}
