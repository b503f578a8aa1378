-- pg_trgm declares its word-similarity operators (`q <% name`) at the default cost of 1, as cheap
-- as `=`, so the planner seq-scanned 100,000 services running word_similarity on each (~470-880 ms)
-- rather than the trigram GIN indexes (~30-130 ms; tools/bench, customer-http). Their real cost
-- lets it choose the indexes on its own, with no per-query planner setting.
ALTER FUNCTION word_similarity_op(text, text) COST 100;
--> statement-breakpoint
ALTER FUNCTION word_similarity_commutator_op(text, text) COST 100;
