import { executePrepared, sql, type Database, type SQL } from '@salon/db';
import { DEFAULT_RADIUS_KM, type SearchQuery } from '@salon/contracts-customer';
import { type SearchCursor } from './search-cursor';
import { textHits } from './text-hits';

/** A shop row with the sort key its page is cut on and what made it match. */
export type Candidate = Record<string, unknown> & {
  id: string;
  sort_key: number;
  distance_m: number | null;
  relevance: number | null;
  ms_id: string | null;
};

const normalisedCity = (city: string) => city.trim().replace(/\s+/g, ' ').toLowerCase();
const normalisedPostalCode = (code: string) => code.replace(/\s+/g, '').toUpperCase();

/**
 * One page of candidate shops in one query, every filter in SQL on an index: the words of shop
 * names, service names and categories for `q` (textHits), GiST on ll_to_earth for `near`,
 * expression indexes for city and postal code. Sorted nearest first (near), else by relevance (q),
 * else oldest first; ties by id. User text is always a bound parameter: `%`, `_` and quotes are data.
 */
export async function findCandidates(db: Database, query: SearchQuery, after: SearchCursor | undefined, limit: number): Promise<Candidate[]> {
  // Prepared: a q statement took 3-8 ms to plan, a near one 2-4 ms (more than it took to run);
  // their plans hardly depend on the values, only on which filters are present (one statement each).
  return executePrepared<Candidate>(db, buildCandidateQuery(query, after, limit));
}

/**
 * The candidate query findCandidates runs, as drizzle SQL (the bench EXPLAINs it). With `q`: `hits`
 * (textHits) scores the shops whose words match q's, each already passing the shop and service
 * filters (up to CANDIDATE_CAP per matched word, or every shop in the radius with `near`); `page`
 * cuts the keyset page (by relevance on `hits` alone, or by distance with `near`). Without `q`,
 * `page` filters and sorts shops (`near`: nearest first from the index). Only the page's rows then get their matched service (`ms`: best
 * text match among the filtered services, then cheapest) and cache version (read here, in the
 * request's first statement, so availableOn's cached slot days are exact: docs/caching.md).
 */
export function buildCandidateQuery(query: SearchQuery, after: SearchCursor | undefined, limit: number): SQL {
  const [lat, lng] = query.near ?? [0, 0];
  const here = sql`ll_to_earth(${lat}::float8, ${lng}::float8)`;
  const radiusM = (query.radiusKm ?? DEFAULT_RADIUS_KM) * 1000;
  const q = query.q;
  const serviceFilters: SQL[] = [sql`s.is_active`, sql`s.deleted_at is null`];
  if (query.category) serviceFilters.push(sql`lower(s.category) = lower(${query.category})`);
  if (query.serviceId) serviceFilters.push(sql`s.id = ${query.serviceId}`);
  if (query.maxPriceMinor !== undefined) serviceFilters.push(sql`s.price_minor <= ${query.maxPriceMinor}`);
  const hasServiceFilter = Boolean(query.category || query.serviceId || query.maxPriceMinor !== undefined);
  const serviceWhere = sql.join(serviceFilters, sql` and `);
  // Which of a page's shop's services is shown as matched: one containing a word q matched (the
  // page's `matched_words`, a regex of letters and digits joined by |), then the cheapest. Scoring
  // every service of the page's shops by word_similarity to q was ~0.8 ms of a 41-shop page.
  // Whole words only (\m…\M: a matched "wash" is not inside "dishwasher"); a service whose name
  // has one beats one whose category has it ("fade barbr": Skin Fade, not the cheapest Barbering service).
  const wholeWords = sql`('\\m(' || page.matched_words || ')\\M')`;
  const textMatch = sql`coalesce(lower(s.name) ~ ${wholeWords}, false) desc, coalesce(lower(s.name || ' ' || coalesce(s.category, '')) ~ ${wholeWords}, false)`;
  const matchedWords = sql`(select string_agg(word, '|') from matched) as matched_words`;

  const shopFilters: SQL[] = [sql`sh.is_active`, sql`sh.deleted_at is null`];
  if (query.city) shopFilters.push(sql`lower(btrim(sh.city)) = ${normalisedCity(query.city)}`);
  if (query.postalCode) shopFilters.push(sql`upper(replace(sh.postal_code, ' ', '')) = ${normalisedPostalCode(query.postalCode)}`);
  const boxlessWhere = sql.join([...shopFilters, sql`sh.latitude is not null`], sql` and `);
  if (query.near) {
    // Shops in the radius's bounding box (on the GiST index), before the exact distance test.
    shopFilters.push(sql`sh.latitude is not null`);
    shopFilters.push(sql`earth_box(${here}, ${radiusM}::float8) @> ll_to_earth(sh.latitude, sh.longitude)`);
  }
  if (query.near) shopFilters.push(sql`earth_distance(${here}, ll_to_earth(sh.latitude, sh.longitude)) <= ${radiusM}::float8`);
  const shopWhere = sql.join(shopFilters, sql` and `);
  // A shop with a matching service passed the service filters already; one matched by name needs one.
  const anyService = sql`exists (select 1 from services s where s.shop_id = sh.id and ${serviceWhere})`;
  const distance = query.near ? sql`earth_distance(${here}, ll_to_earth(sh.latitude, sh.longitude))` : sql`null::float8`;
  const keyset = (key: SQL, id: SQL) => (after ? sql`and (${key} > ${after.key}::float8 or (${key} = ${after.key}::float8 and ${id} > ${after.id}))` : sql``);

  let page: SQL;
  if (!q && query.near) {
    // Nearest first on the GiST index (`<->`, the straight-line distance through the earth, which
    // orders as earth_distance does), stopping after the page: a dense city costs the page, not
    // every shop in the radius (that was a bitmap scan of 221-284 shops and a sort). The radius
    // is tested after the cut: every shop inside it comes before any outside. The sort key is that
    // straight-line distance; shops at the very point of the page's last one are added (`tied`), so
    // the id order among equal keys never skips one across pages.
    const point = sql`ll_to_earth(sh.latitude, sh.longitude)`;
    // With other filters a walk outward could pass most shops before a page matches, so the radius's
    // box bounds it (the planner then reads the box, as before); unfiltered, ~all shops pass.
    const filtered = Boolean(query.city || query.postalCode || hasServiceFilter);
    const nearWhere = sql`${filtered ? shopWhere : boxlessWhere} ${hasServiceFilter ? sql`and ${anyService}` : sql``} ${keyset(sql`(${point} <-> ${here})`, sql`sh.id`)}`;
    page = sql`
      with knn as (
        select sh.id, ${point} as point from shops sh where ${nearWhere}
        order by ${point} <-> ${here} limit ${limit}
      ), tied as (
        select sh.id, ${point} as point from shops sh
        where ${point} <@ (select point from knn order by point <-> ${here} desc limit 1) and ${nearWhere}
      ), near as (
        select id, (point <-> ${here})::float8 as sort_key, earth_distance(${here}, point) as distance
        from (select * from knn union select * from tied) found
        where earth_distance(${here}, point) <= ${radiusM}::float8
        order by sort_key, id
        limit ${limit}
      )
      select sh.*, near.sort_key, near.distance as distance_m, null::float8 as relevance
      from near join shops sh on sh.id = near.id`;
  } else if (!q) {
    const sortKey = query.near ? distance : sql`(extract(epoch from sh.created_at) * 1000)::float8`;
    page = sql`
      select sh.*, ${sortKey} as sort_key, ${distance} as distance_m, null::float8 as relevance
      from shops sh
      where ${shopWhere} ${hasServiceFilter ? sql`and ${anyService}` : sql``} ${keyset(sortKey, sql`sh.id`)}
      order by sort_key, sh.id
      limit ${limit}`;
  } else {
    const hits = textHits({
      q,
      city: query.city && !query.near ? normalisedCity(query.city) : null,
      shopWhere: query.postalCode ? shopWhere : null,
      serviceWhere: hasServiceFilter ? serviceWhere : null,
      inRadius: query.near ? shopWhere : null,
    });
    // Descending relevance is cut as ascending (1 - relevance) so one keyset condition serves every order.
    page = query.near
      ? sql`with ${hits}
        select sh.*, ${distance} as sort_key, ${distance} as distance_m, h.score as relevance, ${matchedWords}
        from hits h join shops sh on sh.id = h.shop_id
        where true ${keyset(distance, sql`sh.id`)}
        order by sort_key, sh.id
        limit ${limit}`
      : sql`with ${hits}, page_hits as (
          select shop_id, score from hits
          where true ${keyset(sql`(1 - score)::float8`, sql`shop_id`)}
          order by (1 - score)::float8, shop_id
          limit ${limit}
        )
        select sh.*, (1 - h.score)::float8 as sort_key, null::float8 as distance_m, h.score as relevance, ${matchedWords}
        from page_hits h join shops sh on sh.id = h.shop_id`;
  }

  return sql`
    select page.*, ms.id as ms_id, ms.name as ms_name, ms.category as ms_category, ms.price_minor as ms_price_minor,
           ms.duration_minutes as ms_duration_minutes,
           coalesce((select v.version from shop_cache_versions v where v.shop_id = page.id), 0) as cache_version
    from (${page}) page
    left join lateral (
      select s.id, s.name, s.category, s.price_minor, s.duration_minutes
      from services s
      where s.shop_id = page.id and ${serviceWhere}
      order by ${q ? sql`${textMatch} desc, ` : sql``}s.price_minor, s.id
      limit 1
    ) ms on true
    order by page.sort_key, page.id`;
}
