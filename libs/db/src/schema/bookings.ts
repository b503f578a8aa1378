import { relations, sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { bookingHolds } from './booking-holds';
import { bookingStatusHistory } from './booking-status-history';
import { currencyCode, currencyIsIso, id, timestamps, timestamptz } from './columns';
import { customers } from './customers';
import { bookingStatus } from './enums';
import { services } from './services';
import { shops } from './shops';
import { staff } from './staff';

/**
 * An appointment. `startsAt`/`endsAt` are what the customer sees (no buffers); the staff time it
 * blocks, buffers included, lives in `booking_holds`. Service details are copied at booking time
 * so later price or name changes do not rewrite history.
 */
export const bookings = pgTable(
  'bookings',
  {
    ...id,
    // Restrict on every parent: bookings are records; parents are soft-deleted instead.
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'restrict' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    serviceId: uuid('service_id').notNull(),
    staffId: uuid('staff_id').notNull(),
    startsAt: timestamptz('starts_at').notNull(),
    endsAt: timestamptz('ends_at').notNull(),
    status: bookingStatus('status').notNull().default('confirmed'),
    serviceName: text('service_name').notNull(),
    priceMinor: integer('price_minor').notNull(),
    currency: currencyCode().notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    bufferBeforeMinutes: integer('buffer_before_minutes').notNull().default(0),
    bufferAfterMinutes: integer('buffer_after_minutes').notNull().default(0),
    notes: text('notes'),
    cancelledAt: timestamptz('cancelled_at'),
    cancellationReason: text('cancellation_reason'),
    /**
     * Grows by one with every change a customer or shop is told about (confirm, move, cancel...):
     * the calendar invite's SEQUENCE and part of each email's de-duplication key.
     */
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('bookings_shop_id_starts_at_idx').on(t.shopId, t.startsAt),
    index('bookings_customer_id_starts_at_idx').on(t.customerId, t.startsAt),
    index('bookings_staff_id_starts_at_idx').on(t.staffId, t.startsAt),
    // Target of the holds' (booking_id, shop_id) key.
    unique('bookings_id_shop_id_unique').on(t.id, t.shopId),
    // The service and the staff member must belong to the booking's shop.
    foreignKey({
      name: 'bookings_service_same_shop_fk',
      columns: [t.shopId, t.serviceId],
      foreignColumns: [services.shopId, services.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'bookings_staff_same_shop_fk',
      columns: [t.shopId, t.staffId],
      foreignColumns: [staff.shopId, staff.id],
    }).onDelete('restrict'),
    check('bookings_range_ordered', sql`${t.endsAt} > ${t.startsAt}`),
    currencyIsIso('bookings', t.currency),
    check('bookings_price_non_negative', sql`${t.priceMinor} >= 0`),
    check('bookings_duration_positive', sql`${t.durationMinutes} > 0`),
    check('bookings_version_positive', sql`${t.version} > 0`),
    check('bookings_buffers_non_negative', sql`${t.bufferBeforeMinutes} >= 0 and ${t.bufferAfterMinutes} >= 0`),
  ],
);

export const bookingsRelations = relations(bookings, ({ one, many }) => ({
  shop: one(shops, { fields: [bookings.shopId], references: [shops.id] }),
  customer: one(customers, { fields: [bookings.customerId], references: [customers.id] }),
  service: one(services, { fields: [bookings.serviceId], references: [services.id] }),
  staff: one(staff, { fields: [bookings.staffId], references: [staff.id] }),
  holds: many(bookingHolds),
  statusHistory: many(bookingStatusHistory),
}));
