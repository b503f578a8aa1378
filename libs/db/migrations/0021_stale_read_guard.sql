-- assert_current(is_current, what): fails the statement with SQLSTATE SR001 unless is_current is
-- true. A one-trip transaction (BEGIN, writes and COMMIT sent in one write) cannot look at a read
-- and decide before COMMIT; it re-runs the read as this statement's condition instead, after the
-- lock that orders it against writers, and a changed answer aborts the transaction (libs/db
-- staleReadGuard, isStaleRead). SR001 is our own code: no standard SQLSTATE class starts with S.
CREATE OR REPLACE FUNCTION assert_current(is_current boolean, what text) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF is_current IS NOT TRUE THEN
    RAISE EXCEPTION 'stale read: % changed since it was read', what USING ERRCODE = 'SR001';
  END IF;
END
$$;
