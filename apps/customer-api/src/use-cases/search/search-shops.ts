import { listSlotsForShops } from '@salon/availability';
import { PublicShopSchema, type SearchQuery, type SearchResult } from '@salon/contracts-customer';
import { type Database, type Shop } from '@salon/db';
import { ValidationError } from '@salon/errors';
import { findCandidates, type Candidate } from './find-candidates';
import { decodeSearchCursor, encodeSearchCursor, type SearchCursor } from './search-cursor';

/**
 * With availableOn, at most this many candidates (each one runs the slot engine) are examined per
 * page, fetched in one query: a page may come back short, never slow. (It was up to 4 batches of
 * limit + 1, each re-running the whole candidate query.)
 */
const MAX_EXAMINED = 40;

/**
 * GET /shops/search. Filters and ranking run in SQL (findCandidates); `availableOn` then runs the
 * slot engine on the batch's candidates only (at most MAX_EXAMINED), with their services and
 * schedules loaded in one statement (listSlotsForShops: same rows, engine and policy as the slot
 * endpoints), never on every shop. The cursor marks the last candidate examined, so a page that
 * dropped unavailable shops continues after them, and is bound to the search's filters.
 * @throws ValidationError (query.radiusKm) for radiusKm without near; (query.cursor) for a cursor of another search
 */
export async function searchShops({ ctx, input }: { ctx: { db: Database; now: () => Date }; input: SearchQuery }) {
  if (input.radiusKm !== undefined && !input.near) {
    throw new ValidationError('radiusKm needs near.', [{ path: 'query.radiusKm', message: 'radiusKm is a distance from near=lat,lng: give near too, or leave radiusKm out.' }]);
  }
  let after: SearchCursor | undefined = input.cursor ? decodeSearchCursor(input.cursor, input) : undefined;
  const batchSize = input.availableOn ? Math.max(MAX_EXAMINED, input.limit) : input.limit;
  const rows = await findCandidates(ctx.db, input, after, batchSize + 1);
  const slotsOf = input.availableOn ? await slotLookup(ctx, rows.slice(0, batchSize), input.availableOn) : undefined;
  const items: SearchResult[] = [];
  let examined = 0;
  for (const row of rows.slice(0, batchSize)) {
    if (items.length >= input.limit) break;
    examined += 1;
    after = { key: Number(row.sort_key), id: row.id };
    if (slotsOf && slotsOf(row.id).length === 0) continue;
    items.push(toResult(row));
  }
  const hasMore = rows.length > examined;
  return { items, nextCursor: hasMore && after ? encodeSearchCursor(after, input) : null };
}

/** The free slots on `date` of each candidate's matched service: one statement for the batch, the engine per shop on demand. */
function slotLookup(ctx: { db: Database; now: () => Date }, rows: Candidate[], date: string) {
  const items = rows.filter((row) => row.ms_id).map((row) => ({ shop: toShop(row), serviceId: row.ms_id! }));
  return listSlotsForShops({ ctx, input: { items, from: date, to: date } });
}

// Raw rows are snake_case; the public projection is the contract's schema, so nothing private leaks.
function toShop(row: Candidate): Shop {
  const camel = Object.fromEntries(Object.entries(row).map(([key, value]) => [key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), value]));
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
