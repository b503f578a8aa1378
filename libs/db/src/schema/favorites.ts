import { relations } from 'drizzle-orm';
import { index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';
import { customers } from './customers';
import { shops } from './shops';

/** A customer's saved shops; the composite key makes "favourite twice" a no-op. */
export const favorites = pgTable(
  'favorites',
  {
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    shopId: uuid('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'favorites_pkey', columns: [t.customerId, t.shopId] }),
    index('favorites_shop_id_idx').on(t.shopId),
  ],
);

export const favoritesRelations = relations(favorites, ({ one }) => ({
  customer: one(customers, { fields: [favorites.customerId], references: [customers.id] }),
  shop: one(shops, { fields: [favorites.shopId], references: [shops.id] }),
}));
