export { customerContract, type CustomerContract } from './customer-contract';
export { shopsContract } from './shops-contract';
export { PublicShopSchema, type PublicShop } from './public-shop';
export { DEFAULT_RADIUS_KM, MAX_QUERY_WORDS, SearchQuerySchema, SearchResultSchema, type SearchQuery, type SearchResult } from './search-contract';
export { slotsContract, PublicSlotDaysSchema, type PublicSlotDays } from './slots-contract';
export {
  customersContract,
  CustomerProfileSchema,
  CustomerProfileBodySchema,
  type CustomerProfile,
  type CustomerProfileBody,
} from './customers-contract';
export { favoritesContract, FavoriteShopSchema, type FavoriteShop } from './favorites-contract';
export {
  catalogueContract,
  NoQuerySchema,
  PublicServiceSchema,
  PublicStaffSchema,
  type PublicService,
  type PublicStaff,
} from './catalogue-contract';
export { openingHoursContract, OpeningHoursSchema, WEEKDAYS, type OpeningHours } from './opening-hours-contract';
export { bookingsContract } from './bookings-contract';
export {
  CustomerBookingSchema,
  CustomerBookingDetailSchema,
  CustomerStatusChangeSchema,
  CreateBookingBodySchema,
  UpdateBookingBodySchema,
  CancelBookingBodySchema,
  MyBookingsQuerySchema,
  IdempotencyHeadersSchema,
  type CustomerBooking,
  type CustomerBookingDetail,
  type CreateBookingBody,
  type UpdateBookingBody,
} from './customer-booking-schemas';
