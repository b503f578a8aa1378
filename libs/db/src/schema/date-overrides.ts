import { relations, sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';
import { shops } from './shops';
import { staff } from './staff';

/** One working window on an overridden date, shop-local `HH:mm`. */
export type LocalWindow = { start: string; end: string };

/**
 * Replaces the weekly hours for one shop-local date: closed (a bank holiday) or open only in
 * `windows` (late opening before Christmas). `staffId` null = the whole shop.
 */
export const dateOverrides = pgTable(
  'date_overrides',
  {
    ...id,
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id'),
    date: date('date', { mode: 'string' }).notNull(),
    isClosed: boolean('is_closed').notNull().default(false),
    windows: jsonb('windows').$type<LocalWindow[]>().notNull().default([]),
    reason: text('reason'),
    ...timestamps,
  },
  (t) => [
    // One override per date and subject; NULLS NOT DISTINCT (PostgreSQL 15) covers the shop-wide row.
    unique('date_overrides_subject_date_unique').on(t.shopId, t.staffId, t.date).nullsNotDistinct(),
    foreignKey({
      name: 'date_overrides_staff_same_shop_fk',
      columns: [t.shopId, t.staffId],
      foreignColumns: [staff.shopId, staff.id],
    }).onDelete('cascade'),
    check('date_overrides_windows_array', sql`jsonb_typeof(${t.windows}) = 'array'`),
    check('date_overrides_closed_has_no_windows', sql`not ${t.isClosed} or ${t.windows} = '[]'::jsonb`),
  ],
);

export const dateOverridesRelations = relations(dateOverrides, ({ one }) => ({
  shop: one(shops, { fields: [dateOverrides.shopId], references: [shops.id] }),
  staff: one(staff, { fields: [dateOverrides.staffId], references: [staff.id] }),
}));
