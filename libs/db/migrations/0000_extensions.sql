-- Custom migration (drizzle-kit generate --custom): extensions come first because later
-- migrations use them. btree_gist lets the booking_holds exclusion constraint compare uuid
-- staff ids with `=` inside a GiST index; pg_trgm backs the trigram index for shop search.
-- On PGlite both must also be passed to `new PGlite(..., { extensions })` (see src/client.ts).
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
