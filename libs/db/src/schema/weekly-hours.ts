import { relations, sql } from 'drizzle-orm';
import { check, date, foreignKey, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { HH_MM_OR_MIDNIGHT_PATTERN, HH_MM_PATTERN, id, matchesPattern, timestamps } from './columns';
import { shops } from './shops';
import { staff } from './staff';

/**
 * A recurring working window in the shop's local wall-clock time. `staffId` null = the shop's
 * opening hours. Several rows for one day make breaks and split shifts (09:00–13:00, 14:00–18:00).
 * The rrule is floating (no TZID): the scheduling engine reads its dates as shop-local dates.
 */
export const weeklyHours = pgTable(
  'weekly_hours',
  {
    ...id,
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id'),
    /** e.g. `FREQ=WEEKLY;BYDAY=MO,TU,WE`. */
    rrule: text('rrule').notNull(),
    startLocal: text('start_local').notNull(),
    endLocal: text('end_local').notNull(),
    /** Shop-local calendar dates, `YYYY-MM-DD`, both inclusive; null = open-ended. */
    validFrom: date('valid_from', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    ...timestamps,
  },
  (t) => [
    index('weekly_hours_shop_id_staff_id_idx').on(t.shopId, t.staffId),
    index('weekly_hours_staff_id_idx').on(t.staffId),
    // Null staff_id is not checked (MATCH SIMPLE), which is exactly "shop hours".
    foreignKey({
      name: 'weekly_hours_staff_same_shop_fk',
      columns: [t.shopId, t.staffId],
      foreignColumns: [staff.shopId, staff.id],
    }).onDelete('cascade'),
    check('weekly_hours_rrule_weekly', sql`${t.rrule} ~ 'FREQ=WEEKLY'`),
    check('weekly_hours_start_local_format', matchesPattern(t.startLocal, HH_MM_PATTERN)),
    check('weekly_hours_end_local_format', matchesPattern(t.endLocal, HH_MM_OR_MIDNIGHT_PATTERN)),
    // An end before the start is an overnight window (issue 13): it ends on the next local date.
    check('weekly_hours_window_not_empty', sql`${t.startLocal} <> ${t.endLocal}`),
    check('weekly_hours_validity_ordered', sql`${t.validUntil} >= ${t.validFrom}`),
  ],
);

export const weeklyHoursRelations = relations(weeklyHours, ({ one }) => ({
  shop: one(shops, { fields: [weeklyHours.shopId], references: [shops.id] }),
  staff: one(staff, { fields: [weeklyHours.staffId], references: [staff.id] }),
}));
