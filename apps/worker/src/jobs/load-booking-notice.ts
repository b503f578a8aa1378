import { and, bookings, customers, eq, owners, shops, staff, users, type Booking, type Database, type Shop } from '@salon/db';

/** Everything an email about a booking names, and where it goes. */
export type BookingNotice = {
  booking: Booking;
  shop: Shop;
  staffName: string;
  customerName: string;
  customerEmail: string | null;
  customerTimeZone: string | null;
  /** The shop's own address, else its owner's. */
  shopEmail: string | null;
};

/**
 * The booking with its shop, customer and owner, and the stylist `staffId` (the one at the version
 * being announced, which a later move may have changed), or undefined if it no longer exists.
 */
export async function loadBookingNotice(db: Database, bookingId: string, staffId: string): Promise<BookingNotice | undefined> {
  const [row] = await db
    .select({
      booking: bookings,
      shop: shops,
      staffName: staff.displayName,
      customer: { name: users.displayName, email: users.email, timeZone: customers.preferredTimeZone },
      ownerUserId: owners.userId,
    })
    .from(bookings)
    .innerJoin(shops, eq(shops.id, bookings.shopId))
    .innerJoin(staff, and(eq(staff.id, staffId), eq(staff.shopId, bookings.shopId)))
    .innerJoin(customers, eq(customers.id, bookings.customerId))
    .innerJoin(users, eq(users.id, customers.userId))
    .innerJoin(owners, eq(owners.id, shops.ownerId))
    .where(eq(bookings.id, bookingId))
    .limit(1);
  if (!row) return undefined;
  const [owner] = row.shop.email ? [] : await db.select({ email: users.email }).from(users).where(eq(users.id, row.ownerUserId));
  return {
    booking: row.booking,
    shop: row.shop,
    staffName: row.staffName,
    customerName: row.customer.name ?? 'Customer',
    customerEmail: row.customer.email,
    customerTimeZone: row.customer.timeZone,
    shopEmail: row.shop.email ?? owner?.email ?? null,
  };
}
