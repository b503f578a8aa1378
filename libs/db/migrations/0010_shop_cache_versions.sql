CREATE TABLE "shop_cache_versions" (
	"shop_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
