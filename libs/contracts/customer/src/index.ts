export { customerContract, customerOpenApiDocument, type CustomerContract } from './customer-contract';
export { shopsContract } from './shops-contract';
export { PublicShopSchema, type PublicShop } from './public-shop';
export { SearchQuerySchema, SearchResultSchema, type SearchQuery, type SearchResult } from './search-contract';
export { slotsContract, PublicSlotDaysSchema, type PublicSlotDays } from './slots-contract';
