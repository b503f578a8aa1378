export { ownerContract, type OwnerContract } from './owner-contract';
