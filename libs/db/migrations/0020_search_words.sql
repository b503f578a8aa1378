-- Custom migration: `GET /shops/search?q=` matches query words against the distinct words of
-- listed shops (pg_trgm's documented way to forgive typos: trigram-match a table of words, not the
-- texts). A typo was matched against 100,000 service names on their trigram index (3,236 rows in
-- 2.5-3 ms for `balayag`, 200 kept) under a transaction that set the similarity threshold (3 extra
-- round trips). Now it is matched against the bench's ~10,000 distinct words, and each matching
-- word maps to its shops through a primary-key range.
--   search_words: every word of a listed shop's name or of its active services' names and
--     categories (lower case, split on what is not a letter or digit). Never pruned: a word no
--     longer used matches no search_terms row, and the search skips it.
--   search_terms: (word, shop) for listed shops only (active, not deleted); `in_name` when the
--     word is in the shop's own name (a search with service filters still needs a service then),
--     and the shop's city, lower case and trimmed.
-- Kept by statement triggers on shops and services that rebuild the touched shops' rows.
-- search_words_matching(w): the words a query word matches, planned with its own threshold.
-- Words are NFC (a name typed with decomposed accents matches one typed composed) and at least two
-- characters: the `s` of "Men's" or "King's" matched every text with an s in it.
CREATE OR REPLACE FUNCTION search_words_of(body text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT w), '{}') FROM regexp_split_to_table(normalize(lower(coalesce(body, '')), NFC), '[^[:alnum:]]+') AS w
  WHERE length(w) > 1
$$;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS search_words (word text PRIMARY KEY);
--> statement-breakpoint
-- fastupdate off: new words are rare, and words left in GIN's pending list were scanned one by
-- one on every search until a vacuum (3.7 ms after the backfill, not 0.1).
CREATE INDEX IF NOT EXISTS search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops) WITH (fastupdate = off);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS search_terms (
  word text NOT NULL,
  shop_id uuid NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
  in_name boolean NOT NULL,
  -- The shop's city as search compares it: q&city reads (word, city) ranges, not every shop of the word.
  city text,
  -- in_name included: a search with service filters reads it from the index alone.
  PRIMARY KEY (word, shop_id) INCLUDE (in_name)
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS search_terms_city_idx ON search_terms (word, city, shop_id) INCLUDE (in_name);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS search_terms_shop_id_idx ON search_terms (shop_id);
--> statement-breakpoint
-- The listed words a query word reaches word similarity 0.4 with (WORD_SIMILARITY_THRESHOLD in the
-- customer-api), most similar first, at most 16. The threshold is this function's own setting, so
-- the trigram GIN index applies it and the planner estimates with it, with no set_config round
-- trip around the search. (Matching show_trgm arrays by overlap instead, the planner chose a scan
-- of all 10,000 words once the table was analysed: 7 ms; a GiST nearest-first scan took 0.7-1.6 ms.)
CREATE OR REPLACE FUNCTION search_words_matching(query_word text) RETURNS TABLE (word text, similarity float8)
LANGUAGE sql STABLE PARALLEL SAFE ROWS 4
SET pg_trgm.word_similarity_threshold = 0.4
AS $$
  SELECT v.word, word_similarity(query_word, v.word)::float8 FROM search_words v
  WHERE query_word <% v.word AND EXISTS (SELECT 1 FROM search_terms t WHERE t.word = v.word)
  ORDER BY 2 DESC, 1 LIMIT 16
$$;
--> statement-breakpoint
-- Rebuilds the rows of these shops from their current name and services.
CREATE OR REPLACE FUNCTION refresh_search_terms(shop_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM search_terms WHERE shop_id = ANY (shop_ids);
  WITH terms AS (
    SELECT w.word, sh.id AS shop_id, bool_or(w.in_name) AS in_name, lower(btrim(sh.city)) AS city
    FROM shops sh
    CROSS JOIN LATERAL (
      SELECT unnest(search_words_of(sh.name)) AS word, true AS in_name
      UNION ALL
      SELECT unnest(search_words_of(s.name || ' ' || coalesce(s.category, ''))), false
      FROM services s WHERE s.shop_id = sh.id AND s.is_active AND s.deleted_at IS NULL
    ) w
    WHERE sh.id = ANY (shop_ids) AND sh.is_active AND sh.deleted_at IS NULL
    GROUP BY w.word, sh.id, sh.city
  ), added AS (
    -- A concurrent refresh of the same shop may have inserted its rows after this DELETE looked.
    INSERT INTO search_terms (word, shop_id, in_name, city) SELECT word, shop_id, in_name, city FROM terms
    ON CONFLICT (word, shop_id) DO UPDATE SET in_name = excluded.in_name, city = excluded.city
    RETURNING word
  )
  INSERT INTO search_words (word) SELECT DISTINCT word FROM added ORDER BY word ON CONFLICT DO NOTHING;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION shops_refresh_search_terms() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_search_terms(array(SELECT id FROM new_rows));
  ELSE
    -- Only what search reads: most shop updates (hours, settings) leave the terms alone.
    PERFORM refresh_search_terms(array(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.name, n.city, n.is_active, n.deleted_at) IS DISTINCT FROM (o.name, o.city, o.is_active, o.deleted_at)));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION services_refresh_search_terms() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_search_terms(array(SELECT DISTINCT shop_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_search_terms(array(SELECT DISTINCT shop_id FROM old_rows));
  ELSE
    PERFORM refresh_search_terms(array(
      SELECT n.shop_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.shop_id, n.name, n.category, n.is_active, n.deleted_at) IS DISTINCT FROM (o.shop_id, o.name, o.category, o.is_active, o.deleted_at)
      UNION SELECT o.shop_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.shop_id IS DISTINCT FROM o.shop_id));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER shops_search_terms_insert AFTER INSERT ON shops REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION shops_refresh_search_terms();
--> statement-breakpoint
CREATE TRIGGER shops_search_terms_update AFTER UPDATE ON shops REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION shops_refresh_search_terms();
--> statement-breakpoint
CREATE TRIGGER services_search_terms_insert AFTER INSERT ON services REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION services_refresh_search_terms();
--> statement-breakpoint
CREATE TRIGGER services_search_terms_update AFTER UPDATE ON services REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION services_refresh_search_terms();
--> statement-breakpoint
CREATE TRIGGER services_search_terms_delete AFTER DELETE ON services REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION services_refresh_search_terms();
--> statement-breakpoint
-- Backfill: every shop's rows (search_terms holds listed shops only).
SELECT refresh_search_terms(array(SELECT id FROM shops));
