import { relations, sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bookings } from './bookings';
import { id, timestamptz, tstzrange } from './columns';
import { shops } from './shops';
import { staff } from './staff';

/** Name of the exclusion constraint (custom migration) that makes double booking impossible. */
export const BOOKING_HOLDS_NO_OVERLAP = 'booking_holds_staff_no_overlap';

/** Why a hold exists; `service` is the appointment itself, buffers included. */
export type BookingHoldKind = 'service' | 'processing-gap' | (string & {});

/**
 * The staff time a booking occupies, as half-open `[start, end)` ranges. A booking may hold several
 * (a cut, then a colour, with the stylist free while the colour processes). The database refuses
 * two active holds of one staff member that overlap: `EXCLUDE USING gist (shop_id WITH =,
 * staff_id WITH =, during WITH &&) WHERE (is_active)`, SQLSTATE 23P01 (shop_id: a staff member
 * belongs to one shop, so it changes nothing today, and it lets the table be distributed by shop). Cancelling a booking sets its holds inactive,
 * which frees the time and keeps the record.
 */
export const bookingHolds = pgTable(
  'booking_holds',
  {
    ...id,
    bookingId: uuid('booking_id').notNull(),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id').notNull(),
    during: tstzrange('during').notNull(),
    kind: text('kind').$type<BookingHoldKind>().notNull().default('service'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('booking_holds_booking_id_idx').on(t.bookingId),
    foreignKey({
      name: 'booking_holds_booking_same_shop_fk',
      columns: [t.bookingId, t.shopId],
      foreignColumns: [bookings.id, bookings.shopId],
    }).onDelete('cascade'),
    foreignKey({
      name: 'booking_holds_staff_same_shop_fk',
      columns: [t.shopId, t.staffId],
      foreignColumns: [staff.shopId, staff.id],
    }).onDelete('cascade'),
    // Bounded, non-empty and [) so that "adjacent" never means "overlapping".
    check(
      'booking_holds_during_half_open',
      sql`not isempty(${t.during}) and lower_inc(${t.during}) and not upper_inc(${t.during}) and not lower_inf(${t.during}) and not upper_inf(${t.during})`,
    ),
  ],
);

export const bookingHoldsRelations = relations(bookingHolds, ({ one }) => ({
  booking: one(bookings, { fields: [bookingHolds.bookingId], references: [bookings.id] }),
  staff: one(staff, { fields: [bookingHolds.staffId], references: [staff.id] }),
}));
