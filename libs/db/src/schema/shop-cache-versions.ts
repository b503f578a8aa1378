import { bigint, pgTable, uuid } from 'drizzle-orm/pg-core';

/**
 * A shop's cache version: part of every exact cache key of its slots and pages (docs/caching.md).
 * The database bumps it (migration 0011's triggers, 0016's bump) in the same transaction as any change those are
 * computed from: the shop row, hours, overrides, time off, staff, services, staff_services, booking
 * holds. No row yet means version 0. Never written by the app.
 *
 * A table of its own rather than a column of `shops`: every booking bumps it, and an update of the
 * wide, ten-index `shops` row (trigram GIN, earth GiST) is often not HOT, so each booking would add
 * entries to every one of those indexes and dead rows to the table search reads.
 *
 * No foreign key to `shops`, on purpose: the bump runs at commit, and a transaction that deletes a
 * shop (cascading to its staff, hours…) must not then fail on a version row for it. A leftover
 * row of a deleted shop is 16 bytes and never read.
 */
export const shopCacheVersions = pgTable('shop_cache_versions', {
  shopId: uuid('shop_id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});
