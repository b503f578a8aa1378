export { ownerContract, ownerOpenApiDocument, type OwnerContract } from './owner-contract';
export { clientsContract, OwnerProfileSchema, CreateOwnerProfileBodySchema, UpdateOwnerProfileBodySchema, type OwnerProfile, type CreateOwnerProfileBody, type UpdateOwnerProfileBody } from './clients-contract';
export { shopsContract } from './shops-contract';
export { OwnerShopSchema, CreateShopBodySchema, UpdateShopBodySchema, type OwnerShop, type CreateShopBody, type UpdateShopBody } from './shop-schemas';
export { servicesContract, OwnerServiceSchema, CreateServiceBodySchema, UpdateServiceBodySchema, ShopIdParamsSchema, MAX_PRICE_MINOR, type OwnerService, type CreateServiceBody, type UpdateServiceBody } from './services-contract';
export { staffContract, OwnerStaffSchema, StaffServiceSchema, CreateStaffBodySchema, UpdateStaffBodySchema, SetStaffServicesBodySchema, type OwnerStaff, type CreateStaffBody, type UpdateStaffBody, type SetStaffServicesBody } from './staff-contract';
