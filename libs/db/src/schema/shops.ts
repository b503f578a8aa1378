import { relations, sql } from 'drizzle-orm';
import { boolean, char, check, doublePrecision, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bookings } from './bookings';
import { activeFlag, currencyCode, currencyIsIso, id, matchesPattern, softDelete, timestamps } from './columns';
import { owners } from './owners';
import { services } from './services';
import { staff } from './staff';

/**
 * A salon. Its IANA `timeZone` turns local opening hours into instants, and its booking policy
 * columns are what the slot engine and the booking use cases read.
 */
export const shops = pgTable(
  'shops',
  {
    ...id,
    ownerId: uuid('owner_id')
      .notNull()
      // Restrict: a shop with history is soft-deleted; deleting an owner must not erase bookings.
      .references(() => owners.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    description: text('description'),
    timeZone: text('time_zone').notNull(),
    currency: currencyCode().notNull(),
    addressLine: text('address_line'),
    city: text('city'),
    postalCode: text('postal_code'),
    countryCode: char('country_code', { length: 2 }),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    /** Slot starts are offered on this grid, in minutes from the window start. */
    slotIntervalMinutes: integer('slot_interval_minutes').notNull().default(15),
    /** No booking may start sooner than this after "now". */
    minNoticeMinutes: integer('min_notice_minutes').notNull().default(60),
    /** How far ahead customers may book. */
    maxAdvanceDays: integer('max_advance_days').notNull().default(60),
    /** Customers may cancel until this long before the start; owners always can. */
    cancellationNoticeMinutes: integer('cancellation_notice_minutes').notNull().default(1440),
    /** New bookings wait as `pending` (holding their time) until the owner confirms them. */
    requiresApproval: boolean('requires_approval').notNull().default(false),
    /** Secret in the private iCalendar feed URL; random, rotate by setting a new value. */
    calendarFeedToken: text('calendar_feed_token')
      .notNull()
      .unique('shops_calendar_feed_token_unique')
      .default(sql`replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')`),
    ...activeFlag,
    ...timestamps,
    ...softDelete,
  },
  (t) => [
    index('shops_owner_id_idx').on(t.ownerId),
    // Trigram index: `name ILIKE '%cut%'` and similarity search for GET /shops/search.
    index('shops_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    index('shops_city_idx').on(t.city),
    index('shops_postal_code_idx').on(t.postalCode),
    currencyIsIso('shops', t.currency),
    check('shops_country_code_iso', matchesPattern(t.countryCode, '^[A-Z]{2}$')),
    check('shops_time_zone_not_blank', sql`length(${t.timeZone}) > 0`),
    check('shops_latitude_range', sql`${t.latitude} between -90 and 90`),
    check('shops_longitude_range', sql`${t.longitude} between -180 and 180`),
    check('shops_coordinates_paired', sql`(${t.latitude} is null) = (${t.longitude} is null)`),
    check('shops_slot_interval_positive', sql`${t.slotIntervalMinutes} between 1 and 1440`),
    check('shops_min_notice_non_negative', sql`${t.minNoticeMinutes} >= 0`),
    check('shops_max_advance_positive', sql`${t.maxAdvanceDays} > 0`),
    check('shops_cancellation_notice_non_negative', sql`${t.cancellationNoticeMinutes} >= 0`),
  ],
);

export const shopsRelations = relations(shops, ({ one, many }) => ({
  owner: one(owners, { fields: [shops.ownerId], references: [owners.id] }),
  services: many(services),
  staff: many(staff),
  bookings: many(bookings),
}));
