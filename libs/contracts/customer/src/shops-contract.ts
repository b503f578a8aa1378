import { API_ROUTER_OPTIONS, auth, pageOf, PaginationQuerySchema } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { PublicShopSchema } from './public-shop';
import { SearchQuerySchema, SearchResultSchema } from './search-contract';

const c = initContract();

export const shopsContract = c.router({
  list: {
    method: 'GET',
    path: '/shops',
    query: PaginationQuerySchema.strict(),
    responses: { 200: pageOf(PublicShopSchema) },
    metadata: auth('public'),
    summary: 'Active shops, oldest first (a stable cursor list).',
  },
  search: {
    method: 'GET',
    path: '/shops/search',
    query: SearchQuerySchema,
    responses: { 200: pageOf(SearchResultSchema) },
    metadata: auth('public'),
    summary: 'Find shops by text (typo-tolerant), city, postal code, distance, service, price and free time on a date.',
  },
}, API_ROUTER_OPTIONS);
