import { relations, sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { activeFlag, id, softDelete, timestamps, type ServiceSegment } from './columns';
import { shops } from './shops';
import { staffServices } from './staff-services';

/** Something a shop sells: price in the shop's currency's minor unit, length, and buffers. */
export const services = pgTable(
  'services',
  {
    ...id,
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    category: text('category'),
    priceMinor: integer('price_minor').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    /** Set-up time held before the appointment (staff busy, customer not yet). */
    bufferBeforeMinutes: integer('buffer_before_minutes').notNull().default(0),
    /** Clean-up time held after it. */
    bufferAfterMinutes: integer('buffer_after_minutes').notNull().default(0),
    /** Active and processing segments in order, summing to the duration; null = all active. */
    segments: jsonb('segments').$type<ServiceSegment[]>(),
    ...activeFlag,
    ...timestamps,
    ...softDelete,
  },
  (t) => [
    check('services_segments_array', sql`${t.segments} is null or jsonb_typeof(${t.segments}) = 'array'`),
    index('services_shop_id_idx').on(t.shopId),
    // Target of bookings' (shop_id, service_id) key: a booking cannot name another shop's service.
    unique('services_shop_id_id_unique').on(t.shopId, t.id),
    check('services_price_non_negative', sql`${t.priceMinor} >= 0`),
    check('services_duration_positive', sql`${t.durationMinutes} > 0`),
    check('services_buffers_non_negative', sql`${t.bufferBeforeMinutes} >= 0 and ${t.bufferAfterMinutes} >= 0`),
  ],
);

export const servicesRelations = relations(services, ({ one, many }) => ({
  shop: one(shops, { fields: [services.shopId], references: [shops.id] }),
  staffServices: many(staffServices),
}));
