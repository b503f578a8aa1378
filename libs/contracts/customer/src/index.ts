export { customerContract, customerOpenApiDocument, type CustomerContract } from './customer-contract';
export { shopsContract, PublicShopSchema, type PublicShop } from './shops-contract';
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
