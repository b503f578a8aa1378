import { relations, sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { services } from './services';
import { staff } from './staff';

/**
 * Who performs what. Optional per-person price and duration (a senior stylist charges more and
 * is quicker); null means "the service's own".
 */
export const staffServices = pgTable(
  'staff_services',
  {
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    priceMinor: integer('price_minor'),
    durationMinutes: integer('duration_minutes'),
  },
  (t) => [
    primaryKey({ name: 'staff_services_pkey', columns: [t.staffId, t.serviceId] }),
    // The primary key serves lookups by staff; this one serves "who can do this service?".
    index('staff_services_service_id_idx').on(t.serviceId),
    check('staff_services_price_non_negative', sql`${t.priceMinor} >= 0`),
    check('staff_services_duration_positive', sql`${t.durationMinutes} > 0`),
  ],
);

export const staffServicesRelations = relations(staffServices, ({ one }) => ({
  staff: one(staff, { fields: [staffServices.staffId], references: [staff.id] }),
  service: one(services, { fields: [staffServices.serviceId], references: [services.id] }),
}));
