import { type CachedResponse } from '@salon/cache';
import { PublicShopSchema, type SearchQuery, type SearchResult } from '@salon/contracts-customer';
import { type Database, type Shop } from '@salon/db';
import { ValidationError } from '@salon/errors';
import { type ReadCache } from '../../read-cache';
import { checkAvailabilityOn, type AvailabilityItem } from './available-on';
import { findCandidates, type Candidate } from './find-candidates';
import { decodeSearchCursor, encodeSearchCursor, type SearchCursor } from './search-cursor';
import { type SearchPage, type SearchPageCache } from './search-page-cache';

/**
 * With availableOn, at most this many candidates (each one a cached slot day or an engine run) are
 * examined per page, fetched in one query: a page may come back short, never slow. (It was up to 4 batches of
 * limit + 1, each re-running the whole candidate query.)
 */
const MAX_EXAMINED = 40;

/** What search reads through: the database, the clock and the slot days' cache (optional). */
export type SearchContext = { db: Database; now: () => Date; readCache?: ReadCache };

/**
 * What serveSearchShops adds: the page cache, and a check of each computed page before it is
 * serialized (the contract's schema in tests, unset in production: ts-rest cannot check bytes).
 */
export type ServeSearchContext = SearchContext & { searchPages: SearchPageCache; checkResponse?: (page: SearchPage) => SearchPage };

/**
 * GET /shops/search. Filters and ranking run in SQL (findCandidates); `availableOn` then checks the
 * batch's candidates only (at most MAX_EXAMINED) through the slot endpoints' exact cache of slot
 * days (checkAvailabilityOn: same entries, engine and policy), computing only the missing days of
 * the shops the page reaches, never every shop. The cursor marks the last candidate examined, so a
 * page that dropped unavailable shops continues after them, and is bound to the search's filters.
 * Always computes: serveSearchShops is the cached path.
 * @throws ValidationError (query.radiusKm) for radiusKm without near; (query.cursor) for a cursor of another search
 */
export async function searchShops({ ctx, input }: { ctx: SearchContext; input: SearchQuery }): Promise<SearchPage> {
  return computePage(ctx, input, checkSearch(input));
}

/**
 * searchShops through `ctx.searchPages` (at most its TTL old), as the bytes to send with their
 * strong ETag. The input is checked first, so a refused query never reads a cached page.
 * @throws as searchShops; errors are never cached
 */
export async function serveSearchShops({ ctx, input }: { ctx: ServeSearchContext; input: SearchQuery }): Promise<CachedResponse> {
  const after = checkSearch(input);
  const { checkResponse } = ctx;
  return ctx.searchPages(input, async () => {
    const page = await computePage(ctx, input, after);
    return checkResponse ? checkResponse(page) : page;
  });
}

/** Where the page starts; refuses input no page can answer. */
function checkSearch(input: SearchQuery): SearchCursor | undefined {
  if (input.radiusKm !== undefined && !input.near) {
    throw new ValidationError('radiusKm needs near.', [{ path: 'query.radiusKm', message: 'radiusKm is a distance from near=lat,lng: give near too, or leave radiusKm out.' }]);
  }
  return input.cursor ? decodeSearchCursor(input.cursor, input) : undefined;
}

async function computePage(ctx: SearchContext, input: SearchQuery, start: SearchCursor | undefined): Promise<SearchPage> {
  let after = start;
  const batchSize = input.availableOn ? Math.max(MAX_EXAMINED, input.limit) : input.limit;
  const rows = await findCandidates(ctx.db, input, after, batchSize + 1);
  const availability = input.availableOn ? await checkAvailabilityOn({ ctx, input: { items: availabilityItems(rows.slice(0, batchSize)), date: input.availableOn } }) : undefined;
  const items: SearchResult[] = [];
  let examined = 0;
  for (const row of rows.slice(0, batchSize)) {
    if (items.length >= input.limit) break;
    examined += 1;
    after = { key: Number(row.sort_key), id: row.id };
    if (availability && !availability.hasSlot(row.id)) continue;
    items.push(toResult(row));
  }
  availability?.store();
  const hasMore = rows.length > examined;
  return { items, nextCursor: hasMore && after ? encodeSearchCursor(after, input) : null };
}

/** Each candidate with its matched service (none: never available) and the version read with it. */
const availabilityItems = (rows: Candidate[]): AvailabilityItem[] =>
  rows.filter((row) => row.ms_id).map((row) => ({ shop: toShop(row), serviceId: row.ms_id!, cacheVersion: Number(row['cache_version'] ?? 0) }));

// Raw rows are snake_case; the public projection is the contract's schema, so nothing private leaks.
// Column names are few and fixed: each is converted once (a regex per key per row was ~1 ms a page).
const CAMEL = new Map<string, string>();
const camelOf = (key: string) => {
  let camel = CAMEL.get(key);
  if (camel === undefined) {
    camel = key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
    if (CAMEL.size < 500) CAMEL.set(key, camel);
  }
  return camel;
};
function toShop(row: Candidate): Shop {
  const camel: Record<string, unknown> = {};
  for (const key in row) camel[camelOf(key)] = row[key];
  return camel as unknown as Shop;
}

function toResult(row: Candidate): SearchResult {
  const shop = toShop(row);
  return {
    ...PublicShopSchema.parse({ ...shop, latitude: numberOrNull(shop.latitude), longitude: numberOrNull(shop.longitude) }),
    distanceKm: row.distance_m === null ? null : Math.round(Number(row.distance_m)) / 1000,
    relevance: row.relevance === null ? null : Math.round(Number(row.relevance) * 1000) / 1000,
    matchedService: row.ms_id
      ? {
          id: row.ms_id,
          name: String(row['ms_name']),
          category: (row['ms_category'] as string | null) ?? null,
          priceMinor: Number(row['ms_price_minor']),
          durationMinutes: Number(row['ms_duration_minutes']),
        }
      : null,
  };
}

const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));
