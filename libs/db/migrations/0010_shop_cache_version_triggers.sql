-- Custom migration (drizzle-kit generate --custom): triggers cannot be expressed in the schema.
-- shops.cache_version is part of every exact cache key (docs/caching.md): a committed change to
-- anything a shop's slots or pages are computed from must change it, in the same transaction.
--
-- Edits of the shop row itself bump the version inside that row (BEFORE UPDATE: no second write).
-- The bump of the deferred trigger below changes only cache_version, and is left alone.
CREATE FUNCTION shops_bump_own_cache_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.cache_version = OLD.cache_version AND NEW IS DISTINCT FROM OLD THEN
    NEW.cache_version := OLD.cache_version + 1;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER shops_bump_own_cache_version
  BEFORE UPDATE ON shops
  FOR EACH ROW EXECUTE FUNCTION shops_bump_own_cache_version();
--> statement-breakpoint
-- Changes to a shop's other rows bump it once per transaction, AT COMMIT (a deferred constraint
-- trigger), not at the changing statement:
-- * the shop row is locked only for the last moment of the transaction, so bookings of different
--   staff of one shop queue on it only while committing, not for their whole transaction;
-- * the lock is always the last one a transaction takes, so it cannot join a deadlock cycle with
--   the per-staff booking locks (migration 0002) or the row locks an owner's edit takes;
-- * several rows of one shop in one transaction (a staff member's service list, a booking's
--   holds) cost one UPDATE: `salon.cache_bumped` (transaction-local) remembers the shops done.
-- Row-level because constraint triggers must be; the per-row cost is one plpgsql call.
CREATE FUNCTION bump_shop_cache_version() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  done text := coalesce(current_setting('salon.cache_bumped', true), '');
  shop uuid;
BEGIN
  FOREACH shop IN ARRAY (CASE TG_OP
      WHEN 'INSERT' THEN ARRAY[NEW.shop_id]
      WHEN 'DELETE' THEN ARRAY[OLD.shop_id]
      ELSE ARRAY[OLD.shop_id, NEW.shop_id] END) LOOP
    IF position(shop::text IN done) = 0 THEN
      UPDATE shops SET cache_version = cache_version + 1 WHERE id = shop;
      done := done || shop::text || ',';
      PERFORM set_config('salon.cache_bumped', done, true);
    END IF;
  END LOOP;
  RETURN NULL;
END;
$$;
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
