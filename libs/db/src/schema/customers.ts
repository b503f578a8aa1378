import { relations } from 'drizzle-orm';
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bookings } from './bookings';
import { id, timestamps } from './columns';
import { favorites } from './favorites';
import { users } from './users';

/** A customer's profile, created on first use of a customer endpoint; at most one per user. */
export const customers = pgTable('customers', {
  ...id,
  userId: uuid('user_id')
    .notNull()
    .unique('customers_user_id_unique')
    .references(() => users.id, { onDelete: 'cascade' }),
  phone: text('phone'),
  /**
   * IANA zone the customer's app shows times in when they differ from the shop's (someone booking
   * a London salon from New York). Display only: bookings stay in the shop's zone. Null = the device's.
   */
  preferredTimeZone: text('preferred_time_zone'),
  ...timestamps,
});

export const customersRelations = relations(customers, ({ one, many }) => ({
  user: one(users, { fields: [customers.userId], references: [users.id] }),
  bookings: many(bookings),
  favorites: many(favorites),
}));
