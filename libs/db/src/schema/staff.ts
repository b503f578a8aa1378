import { relations } from 'drizzle-orm';
import { index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { activeFlag, id, softDelete, timestamps } from './columns';
import { shops } from './shops';
import { staffServices } from './staff-services';
import { timeOff } from './time-off';
import { weeklyHours } from './weekly-hours';

/** A person whose time is booked. The table name is already a mass noun, so it stays `staff`. */
export const staff = pgTable(
  'staff',
  {
    ...id,
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    email: text('email'),
    ...activeFlag,
    ...timestamps,
    ...softDelete,
  },
  (t) => [
    index('staff_shop_id_idx').on(t.shopId),
    // Target of every (shop_id, staff_id) key: hours, holds and bookings stay inside one shop.
    unique('staff_shop_id_id_unique').on(t.shopId, t.id),
  ],
);

export const staffRelations = relations(staff, ({ one, many }) => ({
  shop: one(shops, { fields: [staff.shopId], references: [shops.id] }),
  staffServices: many(staffServices),
  weeklyHours: many(weeklyHours),
  timeOff: many(timeOff),
}));
