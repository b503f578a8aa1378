export { customerContract, customerOpenApiDocument, type CustomerContract } from './customer-contract';
export { shopsContract, PublicShopSchema, type PublicShop } from './shops-contract';
export { slotsContract, PublicSlotDaysSchema, type PublicSlotDays } from './slots-contract';
