export { ownerContract, type OwnerContract } from './owner-contract';
export {
  availabilityContract,
  SlotPreviewBodySchema,
  SlotPreviewSchema,
  CalendarViewQuerySchema,
  CalendarViewSchema,
  CalendarBookingSchema,
} from './availability-contract';
