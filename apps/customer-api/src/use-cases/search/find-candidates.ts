import { sql, type Database, type SQL } from '@salon/db';
import { type SearchQuery } from '@salon/contracts-customer';
import { type SearchCursor } from './search-cursor';

/** A shop row with the sort key its page is cut on and what made it match. */
export type Candidate = Record<string, unknown> & {
  id: string;
  sort_key: number;
  distance_m: number | null;
  relevance: number | null;
  ms_id: string | null;
};

/** pg_trgm word similarity a query word must reach in a name or category to match it. */
const WORD_SIMILARITY_THRESHOLD = 0.4;

const normalisedCity = (city: string) => city.trim().replace(/\s+/g, ' ').toLowerCase();
const normalisedPostalCode = (code: string) => code.replace(/\s+/g, '').toUpperCase();

/**
 * One page of candidate shops in one query, every filter in SQL on an index: trigram GIN for `q`
 * (shop names, service names and categories, `<%` word similarity), GiST on ll_to_earth for `near`,
 * expression indexes for city and postal code. Sorted nearest first (near), else by relevance (q),
 * else oldest first; ties by id. User text is always a bound parameter: `%`, `_` and quotes are data.
 */
export async function findCandidates(db: Database, query: SearchQuery, after: SearchCursor | undefined, limit: number): Promise<Candidate[]> {
  const statement = buildCandidateQuery(query, after, limit);
  if (!query.q) return rowsOf(await db.execute(statement)) as Candidate[];
  return withWordSimilarityThreshold(db, async (tx) => rowsOf(await tx.execute(statement)) as Candidate[]);
}

/**
 * `<%` matches at word similarity ≥ 0.6 by default, which misses one-letter typos of short words
 * (colur vs Colour scores 0.5); 0.4 still rejects unrelated words. Runs `fn` in a transaction with
 * the threshold set locally, as every `q` query (and an EXPLAIN of one) needs.
 */
export function withWordSimilarityThreshold<T>(db: Database, fn: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`);
    return fn(tx as unknown as Database);
  });
}

/**
 * The candidate query findCandidates runs, as drizzle SQL (the bench EXPLAINs it). Shape: `hits`
 * (q only) scores each trigram-matched service once and keeps each shop's best (a shop's best
 * service, when one matches q, is a matching one), plus the shops matched by name; `page` filters,
 * sorts and cuts the keyset page on shops alone (service filters as `exists`); only the page's
 * rows then get their matched service (`ms`: best text match among the filtered services, then cheapest).
 */
export function buildCandidateQuery(query: SearchQuery, after: SearchCursor | undefined, limit: number): SQL {
  const [lat, lng] = query.near ?? [0, 0];
  const here = sql`ll_to_earth(${lat}::float8, ${lng}::float8)`;
  const radiusM = query.radiusKm * 1000;
  const q = query.q;
  const serviceFilters: SQL[] = [sql`s.is_active`, sql`s.deleted_at is null`];
  if (query.category) serviceFilters.push(sql`lower(s.category) = lower(${query.category})`);
  if (query.serviceId) serviceFilters.push(sql`s.id = ${query.serviceId}`);
  if (query.maxPriceMinor !== undefined) serviceFilters.push(sql`s.price_minor <= ${query.maxPriceMinor}`);
  const hasServiceFilter = Boolean(query.category || query.serviceId || query.maxPriceMinor !== undefined);
  const serviceWhere = sql.join(serviceFilters, sql` and `);
  const textMatch = q ? sql`greatest(word_similarity(${q}, s.name), word_similarity(${q}, coalesce(s.category, '')))` : sql`0`;

  const shopFilters: SQL[] = [sql`sh.is_active`, sql`sh.deleted_at is null`];
  if (query.city) shopFilters.push(sql`lower(btrim(sh.city)) = ${normalisedCity(query.city)}`);
  if (query.postalCode) shopFilters.push(sql`upper(replace(sh.postal_code, ' ', '')) = ${normalisedPostalCode(query.postalCode)}`);
  if (query.near) {
    shopFilters.push(sql`sh.latitude is not null`);
    shopFilters.push(sql`earth_box(${here}, ${radiusM}::float8) @> ll_to_earth(sh.latitude, sh.longitude)`);
    shopFilters.push(sql`earth_distance(${here}, ll_to_earth(sh.latitude, sh.longitude)) <= ${radiusM}::float8`);
  }
  // A shop with a matching service passed the service filters already; one matched by name needs one.
  const anyService = sql`exists (select 1 from services s where s.shop_id = sh.id and ${serviceWhere})`;
  if (hasServiceFilter) shopFilters.push(q ? sql`(h.service_score is not null or ${anyService})` : anyService);
  const distance = query.near ? sql`earth_distance(${here}, ll_to_earth(sh.latitude, sh.longitude))` : sql`null::float8`;
  const relevance = q ? sql`greatest(word_similarity(${q}, sh.name), coalesce(h.service_score, 0))::float8` : sql`null::float8`;
  // Descending relevance is cut as ascending (1 - relevance) so one keyset condition serves every order.
  const sortKey = query.near ? distance : q ? sql`(1 - ${relevance})::float8` : sql`(extract(epoch from sh.created_at) * 1000)::float8`;
  if (after) shopFilters.push(sql`(${sortKey} > ${after.key}::float8 or (${sortKey} = ${after.key}::float8 and sh.id > ${after.id}))`);
  const hits = q
    ? sql`with hits as (
        select shop_id, max(service_score) as service_score from (
          select s.shop_id, ${textMatch}::float8 as service_score from services s
          where (${q} <% s.name or ${q} <% s.category) and ${serviceWhere}
          union all
          select id, null from shops where ${q} <% name
        ) matched group by shop_id
      )`
    : sql``;

  return sql`${hits}
    select page.*, ms.id as ms_id, ms.name as ms_name, ms.category as ms_category, ms.price_minor as ms_price_minor,
           ms.duration_minutes as ms_duration_minutes
    from (
      select sh.*, ${sortKey} as sort_key, ${distance} as distance_m, ${relevance} as relevance
      from ${q ? sql`hits h join shops sh on sh.id = h.shop_id` : sql`shops sh`}
      where ${sql.join(shopFilters, sql` and `)}
      order by sort_key, sh.id
      limit ${limit}
    ) page
    left join lateral (
      select s.id, s.name, s.category, s.price_minor, s.duration_minutes
      from services s
      where s.shop_id = page.id and ${serviceWhere}
      order by ${q ? sql`${textMatch} desc, ` : sql``}s.price_minor, s.id
      limit 1
    ) ms on true
    order by page.sort_key, page.id`;
}

// postgres.js returns the rows array itself; PGlite returns { rows }.
function rowsOf(result: unknown): unknown[] {
  return Array.isArray(result) ? result : ((result as { rows: unknown[] }).rows ?? []);
}
