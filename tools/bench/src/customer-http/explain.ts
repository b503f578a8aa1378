import { SearchQuerySchema } from '@salon/contracts-customer';
import { buildCandidateQuery } from '@salon/customer-api/search-query';
import { type Database } from '@salon/db';
import { explain, type PlanReport } from '../owner-http/explain';

/**
 * The search indexes each explained query should use, `a|b` for either (libs/db/migrations/0004_search_and_slot_indexes.sql,
 * and for q the word tables of 0020_search_words.sql: query words matched to shop words, each to its shops).
 */
const EXPECTED: Record<string, string[]> = {
  // search_words_trgm_idx is used inside search_words_matching(), which EXPLAIN does not open.
  q: ['search_terms_pkey|search_terms_city_idx'],
  near: ['shops_earth_idx'],
  city: ['shops_city_normalised_idx'],
};

export type SearchPlan = PlanReport & { expected: string[]; missing: string[] };

/** The query the route would parse from these query-string parameters. */
const search = (params: Record<string, string>) => SearchQuerySchema.parse(params);

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the first page of one `q`, one `near` and one `city` search, with
 * the exact SQL findCandidates runs (buildCandidateQuery), and which of the expected indexes each one did not use.
 */
export async function explainSearches(db: Database, input: { word: string; near: [number, number]; city: string }): Promise<SearchPlan[]> {
  const limit = 21; // searchShops asks for a page plus one
  const plans: [string, PlanReport][] = [
    ['q', await explain(db, `q=${input.word}`, buildCandidateQuery(search({ q: input.word }), undefined, limit))],
    ['near', await explain(db, `near=${input.near.join(',')}&radiusKm=5`, buildCandidateQuery(search({ near: input.near.join(','), radiusKm: '5' }), undefined, limit))],
    ['city', await explain(db, `city=${input.city}`, buildCandidateQuery(search({ city: input.city }), undefined, limit))],
  ];
  return plans.map(([kind, report]) => {
    const expected = EXPECTED[kind]!;
    const used = (alternatives: string) => alternatives.split('|').some((index) => report.indexes.includes(index));
    return { ...report, expected, missing: expected.filter((alternatives) => !used(alternatives)) };
  });
}
