import { relations, sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { activeFlag, id, timestamps } from './columns';
import { customers } from './customers';
import { owners } from './owners';

/** A role a user holds; one person may be both an owner and a customer. */
export type UserRole = 'owner' | 'customer';

/**
 * One row per Clerk user, created just in time on the first authenticated request, which is why
 * everything but the Clerk id is optional: a session token carries only `sub`.
 */
export const users = pgTable(
  'users',
  {
    ...id,
    clerkUserId: text('clerk_user_id').notNull(),
    email: text('email'),
    displayName: text('display_name'),
    phone: text('phone'),
    roles: text('roles')
      .array()
      .$type<UserRole[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The Stripe customer made at the user's first checkout, reused by every later one (both sides). */
    stripeCustomerId: text('stripe_customer_id'),
    ...activeFlag,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_clerk_user_id_unique').on(t.clerkUserId),
    uniqueIndex('users_stripe_customer_id_unique').on(t.stripeCustomerId),
    index('users_email_idx').on(t.email),
    check('users_roles_known', sql`${t.roles} <@ array['owner', 'customer']::text[]`),
  ],
);

export const usersRelations = relations(users, ({ one }) => ({
  owner: one(owners, { fields: [users.id], references: [owners.userId] }),
  customer: one(customers, { fields: [users.id], references: [customers.userId] }),
}));
