export { ownerContract, ownerOpenApiDocument, type OwnerContract } from './owner-contract';
export {
  availabilityContract,
  SlotPreviewBodySchema,
  SlotPreviewSchema,
  CalendarViewQuerySchema,
  CalendarViewSchema,
  CalendarBookingSchema,
} from './availability-contract';
