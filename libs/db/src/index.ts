// @salon/db: the schema, the client factory, migrations and the Drizzle operators apps may use.
// Apps import Drizzle only through here, so the whole repo shares one Drizzle version.

export {
  and,
  asc,
  between,
  count,
  desc,
  eq,
  exists,
  gt,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  like,
  lt,
  lte,
  ne,
  not,
  notInArray,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';

export { createDatabase, type CreateDatabaseOptions, type DatabasePoolMode } from './client';
export { migrate, checkMigrations, MIGRATIONS_FOLDER, type MigrationOptions, type MigrationStatus } from './migrations';
export { withTransaction } from './transaction';
export { executePrepared } from './execute-prepared';
export { executePipelined, type Pipelined } from './execute-pipelined';
export { executeInTransaction, withReservedConnection } from './execute-in-transaction';
export { awaitAll } from './await-all';
export { staleReadGuard, isStaleRead, STALE_READ } from './stale-read';
export { tableRow } from './table-row';
export { acquireDataDirLock, DataDirInUseError } from './data-dir-lock';
export { runDatabaseTool, type DatabaseToolOptions, type DatabaseTarget } from './tool/run-database-tool';
export { describeDatabaseFailure } from './tool/describe-failure';
export {
  pgErrorCode,
  constraintName,
  isExclusionViolation,
  isUniqueViolation,
  isForeignKeyViolation,
  isDatabaseUnavailable,
  EXCLUSION_VIOLATION,
  UNIQUE_VIOLATION,
  FOREIGN_KEY_VIOLATION,
} from './errors';
export { schema, type Schema } from './full-schema';

export { type InstantRange, type ServiceSegment } from './schema/columns';
export { audience, bookingStatus, subscriptionStatus, type Audience, type BookingStatus, type SubscriptionStatus } from './schema/enums';
export { users, type UserRole } from './schema/users';
export { owners } from './schema/owners';
export { customers } from './schema/customers';
export { shops, type StartAlignment } from './schema/shops';
export { shopCacheVersions } from './schema/shop-cache-versions';
export { services } from './schema/services';
export { staff } from './schema/staff';
export { staffServices } from './schema/staff-services';
export { weeklyHours } from './schema/weekly-hours';
export { dateOverrides, type LocalWindow } from './schema/date-overrides';
export { timeOff } from './schema/time-off';
export { bookings } from './schema/bookings';
export { bookingHolds, BOOKING_HOLDS_NO_OVERLAP, type BookingHoldKind } from './schema/booking-holds';
export { bookingLines } from './schema/booking-lines';
export { bookingStatusHistory } from './schema/booking-status-history';
export { favorites } from './schema/favorites';
export { plans, type PlanFeatures, type PlanInterval, type PlanLimits } from './schema/plans';
export { subscriptions } from './schema/subscriptions';
export { payments, type PaymentStatus } from './schema/payments';
export { idempotencyKeys, type IdempotencyStatus } from './schema/idempotency-keys';
export { processedWebhookEvents } from './schema/processed-webhook-events';
export { sentMessages } from './schema/sent-messages';
export { revokedSessions } from './schema/revoked-sessions';

export type {
  Database,
  Transaction,
  DatabaseHandle,
  PgliteClient,
  User,
  NewUser,
  Owner,
  NewOwner,
  Customer,
  NewCustomer,
  Shop,
  NewShop,
  Service,
  NewService,
  Staff,
  NewStaff,
  StaffService,
  NewStaffService,
  WeeklyHours,
  NewWeeklyHours,
  DateOverride,
  NewDateOverride,
  TimeOff,
  NewTimeOff,
  Booking,
  NewBooking,
  BookingHold,
  NewBookingHold,
  BookingLine,
  NewBookingLine,
  BookingStatusChange,
  NewBookingStatusChange,
  Favorite,
  NewFavorite,
  Plan,
  NewPlan,
  Subscription,
  NewSubscription,
  Payment,
  NewPayment,
  IdempotencyKey,
  NewIdempotencyKey,
  ProcessedWebhookEvent,
  NewProcessedWebhookEvent,
  SentMessage,
  NewSentMessage,
  RevokedSession,
  NewRevokedSession,
} from './types';
