export { ownerContract, ownerOpenApiDocument, type OwnerContract } from './owner-contract';
export {
  BOOKING_STATUSES,
  BookingStatusSchema,
  OwnerBookingSchema,
  OwnerBookingDetailSchema,
  type BookingStatus,
  type OwnerBooking,
  type OwnerBookingDetail,
} from './booking-schemas';
export { bookingsContract, ShopBookingsQuerySchema, MAX_BOOKING_LIST_DAYS, type ShopBookingsQuery } from './bookings-contract';
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
