import { relations, sql } from 'drizzle-orm';
import { check, foreignKey, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { bookings } from './bookings';
import { currencyCode, id, timestamptz, type ServiceSegment } from './columns';
import { services } from './services';
import { staff } from './staff';

/**
 * One service of a visit of several (issue 13: a cut, then a colour), in order. The booking row is
 * the visit (its first line's service and stylist, the visit's start, end and total price); each
 * line keeps its own service, stylist, price, duration and times, snapshotted like the booking.
 * Its holds are booking_holds rows of the booking, under the same exclusion constraint.
 */
export const bookingLines = pgTable(
  'booking_lines',
  {
    ...id,
    bookingId: uuid('booking_id').notNull(),
    shopId: uuid('shop_id').notNull(),
    /** 0-based order within the visit. */
    position: integer('position').notNull(),
    serviceId: uuid('service_id').notNull(),
    staffId: uuid('staff_id').notNull(),
    serviceName: text('service_name').notNull(),
    priceMinor: integer('price_minor').notNull(),
    currency: currencyCode().notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    /** Active and processing segments in order; null = all active. */
    segments: jsonb('segments').$type<ServiceSegment[]>(),
    startsAt: timestamptz('starts_at').notNull(),
    endsAt: timestamptz('ends_at').notNull(),
  },
  (t) => [
    unique('booking_lines_booking_id_position_unique').on(t.bookingId, t.position),
    foreignKey({ name: 'booking_lines_booking_same_shop_fk', columns: [t.bookingId, t.shopId], foreignColumns: [bookings.id, bookings.shopId] }).onDelete('cascade'),
    foreignKey({ name: 'booking_lines_service_same_shop_fk', columns: [t.shopId, t.serviceId], foreignColumns: [services.shopId, services.id] }).onDelete('restrict'),
    foreignKey({ name: 'booking_lines_staff_same_shop_fk', columns: [t.shopId, t.staffId], foreignColumns: [staff.shopId, staff.id] }).onDelete('restrict'),
    check('booking_lines_range_ordered', sql`${t.endsAt} > ${t.startsAt}`),
    check('booking_lines_price_non_negative', sql`${t.priceMinor} >= 0`),
    check('booking_lines_duration_positive', sql`${t.durationMinutes} > 0`),
    check('booking_lines_position_non_negative', sql`${t.position} >= 0`),
    check('booking_lines_segments_array', sql`${t.segments} is null or jsonb_typeof(${t.segments}) = 'array'`),
  ],
);

export const bookingLinesRelations = relations(bookingLines, ({ one }) => ({
  booking: one(bookings, { fields: [bookingLines.bookingId], references: [bookings.id] }),
}));
