export { ownerContract, type OwnerContract } from './owner-contract';
export {
  BOOKING_STATUSES,
  BookingStatusSchema,
  OwnerBookingSchema,
  OwnerBookingDetailSchema,
  type BookingStatus,
  type OwnerBooking,
  type OwnerBookingDetail,
} from './booking-schemas';
export {
  bookingsContract,
  ShopBookingsQuerySchema,
  MAX_BOOKING_LIST_DAYS,
  OwnerUpdateBookingBodySchema,
  OwnerCancelBookingBodySchema,
  type ShopBookingsQuery,
  type OwnerUpdateBookingBody,
} from './bookings-contract';
export {
  calendarFeedContract,
  CalendarFeedUrlSchema,
  CALENDAR_FEED_DAYS_AHEAD,
  CALENDAR_FEED_DAYS_BACK,
  type CalendarFeedUrl,
} from './calendar-feed-contract';
export {
  dashboardContract,
  DashboardQuerySchema,
  DashboardSchema,
  DEFAULT_DASHBOARD_DAYS,
  MAX_DASHBOARD_DAYS,
  type Dashboard,
  type DashboardQuery,
} from './dashboard-contract';
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
export { clientsContract, OwnerProfileSchema, CreateOwnerProfileBodySchema, UpdateOwnerProfileBodySchema, type OwnerProfile, type CreateOwnerProfileBody, type UpdateOwnerProfileBody } from './clients-contract';
export { shopsContract } from './shops-contract';
export { OwnerShopSchema, CreateShopBodySchema, UpdateShopBodySchema, type OwnerShop, type CreateShopBody, type UpdateShopBody } from './shop-schemas';
export { servicesContract, OwnerServiceSchema, CreateServiceBodySchema, UpdateServiceBodySchema, ShopIdParamsSchema, MAX_PRICE_MINOR, type OwnerService, type CreateServiceBody, type UpdateServiceBody } from './services-contract';
export { staffContract, OwnerStaffSchema, StaffServiceSchema, CreateStaffBodySchema, UpdateStaffBodySchema, SetStaffServicesBodySchema, type OwnerStaff, type CreateStaffBody, type UpdateStaffBody, type SetStaffServicesBody } from './staff-contract';
