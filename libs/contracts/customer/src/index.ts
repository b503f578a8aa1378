export { customerContract, type CustomerContract } from './customer-contract';
export { shopsContract, PublicShopSchema, type PublicShop } from './shops-contract';
