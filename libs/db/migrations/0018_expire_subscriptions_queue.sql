-- The expiry and dunning job's queue (libs/jobs catalogue 'expire-subscriptions'), so it exists
-- before any worker starts, dead-lettering like every other queue.
SELECT pgboss.create_queue('expire-subscriptions', '{"policy":"standard","deadLetter":"dead-letters"}'::json);
