-- Custom migration: what GET /shops/search needs and drizzle-kit cannot express.
-- cube + earthdistance: `near=lat,lng` is an indexed earth_box containment plus an exact
-- earth_distance check, not a scan of every shop (stack-notes.md: works on PGlite and PostgreSQL 15).
CREATE EXTENSION IF NOT EXISTS cube;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS earthdistance;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS shops_earth_idx ON shops USING gist (ll_to_earth(latitude, longitude)) WHERE latitude IS NOT NULL AND deleted_at IS NULL;
--> statement-breakpoint
-- Typo-tolerant service text (`colur` finds "Colour"): word-similarity on names and categories.
CREATE INDEX IF NOT EXISTS services_name_trgm_idx ON services USING gin (name gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS services_category_trgm_idx ON services USING gin (category gin_trgm_ops);
--> statement-breakpoint
-- City and postal code are matched normalised (case and spaces do not matter), so index that form.
CREATE INDEX IF NOT EXISTS shops_city_normalised_idx ON shops (lower(btrim(city)));
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS shops_postal_code_normalised_idx ON shops (upper(replace(postal_code, ' ', '')));
--> statement-breakpoint
-- Filtering by category and price walks a shop's services; this serves "services of shop X".
CREATE INDEX IF NOT EXISTS services_shop_id_price_idx ON services (shop_id, price_minor) WHERE is_active AND deleted_at IS NULL;
--> statement-breakpoint
-- The slot loader asks for a shop's active holds overlapping a few days. The exclusion constraint's
-- GiST index leads with staff_id, which GiST cannot probe with `staff_id = ANY(...)`, so without
-- this the cost grew with every other shop's holds that week (measured in tools/bench owner-http).
CREATE INDEX IF NOT EXISTS booking_holds_shop_during_idx ON booking_holds USING gist (shop_id, during) WHERE is_active;
