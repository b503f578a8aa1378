import { relations, sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, jsonb, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { type ServiceSegment } from './columns';
import { services } from './services';
import { shops } from './shops';
import { staff } from './staff';

/**
 * Who performs what. Optional per-person price and duration (a senior stylist charges more and
 * is quicker); null means "the service's own". `shopId` exists so the database, not only the API,
 * refuses a staff member performing another shop's service: both keys below go through it.
 */
export const staffServices = pgTable(
  'staff_services',
  {
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id').notNull(),
    serviceId: uuid('service_id').notNull(),
    priceMinor: integer('price_minor'),
    durationMinutes: integer('duration_minutes'),
    /** Active and processing segments in order, summing to the duration; null = all active. */
    segments: jsonb('segments').$type<ServiceSegment[]>(),
  },
  (t) => [
    check('staff_services_segments_array', sql`${t.segments} is null or jsonb_typeof(${t.segments}) = 'array'`),
    primaryKey({ name: 'staff_services_pkey', columns: [t.staffId, t.serviceId] }),
    // The primary key serves lookups by staff; this one serves "who can do this service?".
    index('staff_services_service_id_idx').on(t.serviceId),
    // The staff member and the service must belong to the same shop (as bookings' keys do).
    foreignKey({
      name: 'staff_services_staff_same_shop_fk',
      columns: [t.shopId, t.staffId],
      foreignColumns: [staff.shopId, staff.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'staff_services_service_same_shop_fk',
      columns: [t.shopId, t.serviceId],
      foreignColumns: [services.shopId, services.id],
    }).onDelete('cascade'),
    check('staff_services_price_non_negative', sql`${t.priceMinor} >= 0`),
    check('staff_services_duration_positive', sql`${t.durationMinutes} > 0`),
  ],
);

export const staffServicesRelations = relations(staffServices, ({ one }) => ({
  shop: one(shops, { fields: [staffServices.shopId], references: [shops.id] }),
  staff: one(staff, { fields: [staffServices.staffId], references: [staff.id] }),
  service: one(services, { fields: [staffServices.serviceId], references: [services.id] }),
}));
