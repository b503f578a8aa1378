/**
 * The keys of the seed document (`shop:{id}`, `slots:{shopId}:{date}`, `subscription:{userId}`),
 * built in one place so every replica spells them alike. Each part is URI-encoded, so a hostile
 * value can never forge a `:` and reach another entry (ids and dates pass through unchanged).
 *
 * Entries that must be exact carry the shop's cache version (shop_cache_versions.version, bumped by the
 * database in the same transaction as any change the entry depends on): a new version is a new
 * key, so nothing is ever deleted and no replica can read an entry from before a commit it saw.
 */
export const cacheKeys = {
  /** A shop page facet at a version, e.g. `shop:{id}:v7:services:20:`. */
  shop: (shopId: string, version: number | string, ...facet: readonly (string | number | undefined)[]) =>
    join(['shop', shopId, `v${version}`, ...facet]),
  /**
   * One shop-local date of slot starts at a version, for one service and the optional staff
   * member and weekly-hours row the listing is narrowed to: `slots:{shopId}:{date}:v7:{serviceId}:{staffId}:{weeklyHoursId}`.
   */
  slots: (input: {
    shopId: string;
    date: string;
    version: number | string;
    serviceId: string;
    staffId?: string;
    weeklyHoursId?: string;
  }) => join(['slots', input.shopId, input.date, `v${input.version}`, input.serviceId, input.staffId, input.weeklyHoursId]),
  /**
   * One page of a public search, by a hash of everything that decides it (filters, limit, cursor):
   * `search:{queryHash}`. NOT versioned (a page spans many shops): only for answers that may be
   * as old as their TTL (customer-api's SEARCH_CACHE_TTL_SECONDS, docs/caching.md).
   */
  searchPage: (queryHash: string) => join(['search', queryHash]),
  /**
   * A finished slot listing (the serialized answer of one request) at a version:
   * `slotview:{shopId}:v7:{serviceId}:{staffId}:{weeklyHoursId}:{from}:{to}`. Its entry also says
   * for which `now` it holds (the booking window moves with time), see createResponseCache.
   */
  slotView: (input: { shopId: string; version: number | string; serviceId: string; staffId?: string; weeklyHoursId?: string; from: string; to: string }) =>
    join(['slotview', input.shopId, `v${input.version}`, input.serviceId, input.staffId, input.weeklyHoursId, input.from, input.to]),
  /**
   * A user's subscription. Not versioned (no shop row to carry a version), and not read through
   * today: plan limits read the subscription inside their write transaction (docs/caching.md). If
   * used, delete it after the transaction that changes the subscription commits, and keep its TTL
   * short: a delete that fails while Redis is unreachable leaves the old value until the TTL ends.
   */
  subscription: (userId: string) => join(['subscription', userId]),
};

const join = (parts: readonly (string | number | undefined)[]) =>
  parts.map((part) => (part === undefined ? '' : encodeURIComponent(String(part)))).join(':');
