export { ownerContract, ownerOpenApiDocument, type OwnerContract } from './owner-contract';
