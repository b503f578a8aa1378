-- Custom migration (drizzle-kit generate --custom): drizzle-kit cannot express EXCLUDE.
-- The no-overlap constraint keyed by (shop_id, staff_id, during) instead of (staff_id, during).
-- Equivalent today: booking_holds_staff_same_shop_fk makes (shop_id, staff_id) a staff row of that
-- shop, so two holds of one staff member always share shop_id. Needed when booking_holds is
-- distributed by shop_id (Citus): a distributed table's exclusion constraint must include the
-- distribution column. Same name, so the 23P01 → 409 slot_unavailable mapping and every check
-- that names it are unchanged. shop_id first also lets the GiST index narrow a shop's slot query
-- by shop (it filtered by `during` alone). Drop and add run in the migrator's one transaction:
-- no moment without the constraint; the rebuild locks booking_holds while the index is built.
ALTER TABLE "booking_holds" DROP CONSTRAINT "booking_holds_staff_no_overlap";
--> statement-breakpoint
ALTER TABLE "booking_holds"
  ADD CONSTRAINT "booking_holds_staff_no_overlap"
  EXCLUDE USING gist ("shop_id" WITH =, "staff_id" WITH =, "during" WITH &&) WHERE ("is_active");
