import { type OwnerBooking, type ShopBookingsQuery } from '@salon/contracts-owner';
import { worksOnBooking } from '@salon/booking';
import { and, asc, bookings, eq, gt, gte, inArray, lt, or, type Database } from '@salon/db';
import { findOwnedShop } from '../_shared/find-owned-shop';
import { decodeInstantCursor, encodeInstantCursor } from '@salon/contracts-common';
import { selectOwnerBookings, toOwnerBooking } from './owner-booking-view';

/**
 * One page of a shop's bookings for its owner, by start then id, filtered by start time
 * (`from` included, `to` excluded), status and staff member.
 * @throws NotFoundError('Shop') for an unknown shop or another owner's.
 */
export async function listShopBookings({
  ctx,
  input,
}: {
  ctx: { db: Database; ownerId: string };
  input: ShopBookingsQuery & { shopId: string };
}): Promise<{ items: OwnerBooking[]; nextCursor: string | null }> {
  const shop = await findOwnedShop(ctx, input.shopId);
  const after = input.cursor ? decodeInstantCursor(input.cursor) : undefined;
  const rows = await selectOwnerBookings(ctx.db)
    .where(
      and(
        eq(bookings.shopId, shop.id),
        input.from ? gte(bookings.startsAt, new Date(input.from)) : undefined,
        input.to ? lt(bookings.startsAt, new Date(input.to)) : undefined,
        input.status ? inArray(bookings.status, input.status) : undefined,
        input.staffId ? worksOnBooking(input.staffId) : undefined, // a visit's later lines count too
        after &&
          or(gt(bookings.startsAt, after.at), and(eq(bookings.startsAt, after.at), gt(bookings.id, after.id))),
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(bookings.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toOwnerBooking),
    nextCursor: rows.length > input.limit && last ? encodeInstantCursor({ at: last.booking.startsAt, id: last.booking.id }) : null,
  };
}
