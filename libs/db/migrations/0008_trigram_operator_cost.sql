-- pg_trgm declares its word-similarity operators (`q <% name`) at the default cost of 1, as cheap
-- as `=`, so the planner seq-scanned 100,000 services running word_similarity on each (~470-880 ms)
-- rather than the trigram GIN indexes (~30-130 ms; tools/bench, customer-http). Their real cost
-- lets it choose the indexes on its own, with no per-query planner setting. A role that does not
-- own the extension (a managed server's pre-installed pg_trgm) cannot alter them: the search still
-- works then, only slower, so that is a notice rather than a failed migration.
DO $$
BEGIN
  ALTER FUNCTION word_similarity_op(text, text) COST 100;
  ALTER FUNCTION word_similarity_commutator_op(text, text) COST 100;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'pg_trgm word-similarity operator costs left unchanged (not the owner of the extension)';
END
$$;
