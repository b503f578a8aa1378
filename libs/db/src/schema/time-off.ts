import { relations, sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps, timestamptz } from './columns';
import { shops } from './shops';
import { staff } from './staff';

/** A staff member's absence as instants (holiday, doctor's appointment); the slot engine subtracts it. */
export const timeOff = pgTable(
  'time_off',
  {
    ...id,
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id').notNull(),
    startsAt: timestamptz('starts_at').notNull(),
    endsAt: timestamptz('ends_at').notNull(),
    reason: text('reason'),
    ...timestamps,
  },
  (t) => [
    index('time_off_staff_id_starts_at_idx').on(t.staffId, t.startsAt),
    foreignKey({
      name: 'time_off_staff_same_shop_fk',
      columns: [t.shopId, t.staffId],
      foreignColumns: [staff.shopId, staff.id],
    }).onDelete('cascade'),
    check('time_off_range_ordered', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const timeOffRelations = relations(timeOff, ({ one }) => ({
  shop: one(shops, { fields: [timeOff.shopId], references: [shops.id] }),
  staff: one(staff, { fields: [timeOff.staffId], references: [staff.id] }),
}));
