import { relations } from 'drizzle-orm';
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';
import { shops } from './shops';
import { users } from './users';

/** A salon owner's profile (the seed document's "client"); at most one per user. */
export const owners = pgTable('owners', {
  ...id,
  userId: uuid('user_id')
    .notNull()
    .unique('owners_user_id_unique')
    .references(() => users.id, { onDelete: 'cascade' }),
  businessName: text('business_name').notNull(),
  phone: text('phone'),
  ...timestamps,
});

export const ownersRelations = relations(owners, ({ one, many }) => ({
  user: one(users, { fields: [owners.userId], references: [users.id] }),
  shops: many(shops),
}));
