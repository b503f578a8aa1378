-- Custom migration (drizzle-kit generate --custom): triggers and storage settings are not in the schema.
-- shop_cache_versions.version is part of every exact cache key (docs/caching.md): a committed change
-- to anything a shop's slots or pages are computed from must change it, in the same transaction.
--
-- Every booking bumps a row here: half-empty pages let the update be HOT (same page, no new index
-- entry), so the table stays small and the bump costs little.
ALTER TABLE shop_cache_versions SET (fillfactor = 50);
--> statement-breakpoint
-- The bump runs AT COMMIT (a deferred constraint trigger), not at the changing statement:
-- * the version row is locked only for the last moment of the transaction, so bookings of
--   different staff of one shop queue on it only while committing, not for their whole transaction;
-- * it is the last lock a transaction takes, so it cannot join a deadlock cycle with the per-staff
--   booking locks (migration 0002) or the row locks an owner's edit takes;
-- * many rows of one shop in one transaction (a staff member's service list, a booking's holds)
--   cost one upsert: `salon.cache_bumped` (transaction-local) remembers the shops done.
-- Row-level because constraint triggers must be; the per-row cost is one plpgsql call.
CREATE FUNCTION bump_shop_cache_version_once(shop uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  done text := coalesce(current_setting('salon.cache_bumped', true), '');
BEGIN
  IF shop IS NULL OR position(shop::text IN done) > 0 THEN
    RETURN;
  END IF;
  INSERT INTO shop_cache_versions AS current (shop_id, version) VALUES (shop, 1)
    ON CONFLICT (shop_id) DO UPDATE SET version = current.version + 1;
  PERFORM set_config('salon.cache_bumped', done || shop::text || ',', true);
END;
$$;
--> statement-breakpoint
-- For the tables that carry a shop_id.
CREATE FUNCTION bump_shop_cache_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM bump_shop_cache_version_once(OLD.shop_id);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM bump_shop_cache_version_once(NEW.shop_id);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- For the shop row itself (policy, zone, name, active, deleted…).
CREATE FUNCTION bump_own_shop_cache_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_shop_cache_version_once(NEW.id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER shops_bump_cache_version AFTER UPDATE ON shops
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION bump_own_shop_cache_version();
--> statement-breakpoint
-- booking_holds, not bookings: slots read only the active holds (a booking's status, notes or
-- price never change a slot, and every change that frees or takes time changes its holds).
CREATE CONSTRAINT TRIGGER booking_holds_bump_shop_cache_version AFTER INSERT OR UPDATE OR DELETE ON booking_holds
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_shop_cache_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER weekly_hours_bump_shop_cache_version AFTER INSERT OR UPDATE OR DELETE ON weekly_hours
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_shop_cache_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER date_overrides_bump_shop_cache_version AFTER INSERT OR UPDATE OR DELETE ON date_overrides
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_shop_cache_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER time_off_bump_shop_cache_version AFTER INSERT OR UPDATE OR DELETE ON time_off
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_shop_cache_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER staff_bump_shop_cache_version AFTER INSERT OR UPDATE OR DELETE ON staff
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_shop_cache_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER services_bump_shop_cache_version AFTER INSERT OR UPDATE OR DELETE ON services
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_shop_cache_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER staff_services_bump_shop_cache_version AFTER INSERT OR UPDATE OR DELETE ON staff_services
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_shop_cache_version();
