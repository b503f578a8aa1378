-- Custom migration: migration 0011's bump remembered every shop a transaction had bumped in one
-- growing text (`salon.cache_bumped`) and searched it per row, O(shops²) for a transaction that
-- writes rows of many shops (a bulk load of 100,000 shops scans megabytes per row). It now
-- remembers only the last shop bumped: O(1) per row. Rows of one shop, the common case (a
-- booking's holds, a staff member's service list), still cost one upsert; rows of shops interleaved
-- bump again, which only moves the version further (correctness needs at least one bump).
-- A bump (upsert and function calls) measured about 40 us of server CPU.
CREATE OR REPLACE FUNCTION bump_shop_cache_version_once(shop uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF shop IS NULL OR current_setting('salon.cache_bumped', true) = shop::text THEN
    RETURN;
  END IF;
  INSERT INTO shop_cache_versions AS current (shop_id, version) VALUES (shop, 1)
    ON CONFLICT (shop_id) DO UPDATE SET version = current.version + 1;
  PERFORM set_config('salon.cache_bumped', shop::text, true);
END;
$$;
