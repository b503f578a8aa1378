import { MAX_QUERY_WORDS } from '@salon/contracts-customer';
import { sql, type SQL } from '@salon/db';

/** pg_trgm word similarity a query word must reach with a word of a shop to match it (also set in search_words_matching, migration 0020). */
export const WORD_SIMILARITY_THRESHOLD = 0.4;


/**
 * A word found only in a shop's services ranks at this share of one in its name ("fade barbr": Fade
 * Barber Shop before a barber that does fades). Whether a shop matches at all uses the full similarity.
 */
export const SERVICE_WORD_WEIGHT = 0.9;

/**
 * Shops each matched word contributes, lowest id first: the same ones on every call, so pages stay
 * consistent. A common word (a category) is in up to 8,000 of the bench's 10,000 shops; the filters
 * are applied before the cut, so `q&city` still finds 200 shops of the city per word.
 */
export const CANDIDATE_CAP = 200;

/**
 * The distinct words of `q` as search_words_of() splits texts (NFC, lower case, letters and digits,
 * two characters or more), at most MAX_QUERY_WORDS (the contract refuses more). None (q is only
 * punctuation or single letters): nothing matches.
 */
export const queryWords = (q: string): string[] =>
  [...new Set(q.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].filter((word) => [...word].length > 1).slice(0, MAX_QUERY_WORDS);

/**
 * CTEs `qw`, `matched` and `hits(shop_id, score)` for a `q` search (migration 0020): each query word
 * is matched to the shop words it reaches WORD_SIMILARITY_THRESHOLD with (search_words_matching,
 * at most 16), and each matched word to its shops (search_terms, listed shops only). A shop's score is the
 * mean over query words, weighted by their trigram counts (as word_similarity weighs them), of its
 * best word's similarity, and must reach the threshold: a typo of one word scores as
 * word_similarity did, and a shop matching only some words of a longer query ranks below one
 * matching all. `shopWhere` and `serviceWhere` (aliases `sh` and `s`) filter the shops; a word from
 * the shop's services needs one of the filtered services to contain it, a word of its name any
 * filtered service. `city` (normalised) is read from search_terms itself (its own index), so only
 * other shop filters need `shopWhere`. With `inRadius` the shops come from the radius, uncapped.
 */
export function textHits(options: { q: string; city: string | null; shopWhere: SQL | null; serviceWhere: SQL | null; inRadius: SQL | null }): SQL {
  const { city, shopWhere, serviceWhere, inRadius } = options;
  const words = queryWords(options.q);
  // Per shop on services_shop_id_idx (offset 0 keeps it a subplan: as a semi-join the planner hashed
  // every service of the category, 45 ms). strpos first: splitting each service's text is dearer.
  const serviceCheck = serviceWhere
    ? sql`and exists (select 1 from services s where s.shop_id = t.shop_id and ${serviceWhere}
        and (t.in_name or (strpos(lower(s.name || ' ' || coalesce(s.category, '')), t.word) > 0
          and t.word = any(search_words_of(s.name || ' ' || coalesce(s.category, ''))))) offset 0)`
    : sql``;
  const matched = sql`qw as (
      select word, cardinality(show_trgm(word))::float8 as weight from unnest(${sql.param(words)}::text[]) as word
    ), matched as (
      select qw.word as query_word, m.word, m.similarity as sim from qw cross join lateral search_words_matching(qw.word) m
    )`;
  const entries = inRadius
    ? sql`select m.query_word, m.sim, t.shop_id, t.in_name from shops sh
        join search_terms t on t.shop_id = sh.id join matched m on m.word = t.word
        where ${inRadius} ${serviceCheck}`
    : sql`select m.query_word, m.sim, e.shop_id, e.in_name from matched m cross join lateral (
        select t.shop_id, t.in_name from search_terms t ${shopWhere ? sql`join shops sh on sh.id = t.shop_id and ${shopWhere}` : sql``}
        where t.word = m.word ${city === null ? sql`` : sql`and t.city = ${city}`} ${serviceCheck}
        order by t.shop_id limit ${CANDIDATE_CAP}
      ) e`;
  return sql`${matched}, hits as (
      select b.shop_id, (sum(qw.weight * b.ranked) / nullif((select sum(weight) from qw), 0))::float8 as score
      from (select shop_id, query_word, max(sim) as best, max(case when in_name then sim else sim * ${SERVICE_WORD_WEIGHT}::float8 end) as ranked
            from (${entries}) entries group by shop_id, query_word) b
      join qw on qw.word = b.query_word
      group by b.shop_id
      having sum(qw.weight * b.best) / nullif((select sum(weight) from qw), 0) >= ${WORD_SIMILARITY_THRESHOLD}
    )`;
}
