-- Custom migration: trigram GiST indexes so `GET /shops/search?q=` ranks a bounded set of the best
-- candidates instead of scoring every match. A typo of a common word matched 3,000-17,000 of the
-- bench's 100,000 services; the GIN indexes find them, but each one was then re-checked and scored
-- before the page's 20 could be cut (~65 ms per query, seconds at p99 under load). The search now
-- takes at most 200 matches per source: a GiST index scan of `q <% name` stops after them, where a
-- GIN bitmap is built in full first, and for shop names it serves `ORDER BY q <<-> name LIMIT n`
-- (word-similarity distance, nearest first; ~1-3 ms). Partial, like the search's own filters.
-- The GIN indexes stay (ILIKE, and the planner may still prefer them for rare words).
CREATE INDEX IF NOT EXISTS services_name_trgm_gist_idx ON services USING gist (name gist_trgm_ops) WHERE is_active AND deleted_at IS NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS services_category_trgm_gist_idx ON services USING gist (category gist_trgm_ops) WHERE is_active AND deleted_at IS NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS shops_name_trgm_gist_idx ON shops USING gist (name gist_trgm_ops) WHERE is_active AND deleted_at IS NULL;
