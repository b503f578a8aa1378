export { ownerContract, type OwnerContract } from './owner-contract';
export {
  availabilityContract,
  SlotPreviewBodySchema,
  SlotPreviewSchema,
  CalendarViewQuerySchema,
  CalendarViewSchema,
  CalendarBookingSchema,
} from './availability-contract';
export { schedulesContract, ScheduleConflictSchema, type ScheduleConflict } from './schedules-contract';
export { CreateWeeklyHoursBodySchema, UpdateWeeklyHoursBodySchema, WeeklyHoursSchema, DayOfWeekSchema, type CreateWeeklyHoursBody, type UpdateWeeklyHoursBody, type WeeklyHours } from './weekly-hours-schemas';
export { CreateDateOverrideBodySchema, DateOverrideSchema, ListDateOverridesQuerySchema, type CreateDateOverrideBody, type DateOverride } from './date-override-schemas';
export { timeOffContract, CreateTimeOffBodySchema, TimeOffSchema, ListTimeOffQuerySchema, type CreateTimeOffBody, type TimeOff } from './time-off-contract';
