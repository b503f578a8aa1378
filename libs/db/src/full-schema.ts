import { bookingHolds, bookingHoldsRelations } from './schema/booking-holds';
import { bookingStatusHistory, bookingStatusHistoryRelations } from './schema/booking-status-history';
import { bookings, bookingsRelations } from './schema/bookings';
import { customers, customersRelations } from './schema/customers';
import { dateOverrides, dateOverridesRelations } from './schema/date-overrides';
import { audience, bookingStatus, subscriptionStatus } from './schema/enums';
import { favorites, favoritesRelations } from './schema/favorites';
import { idempotencyKeys } from './schema/idempotency-keys';
import { owners, ownersRelations } from './schema/owners';
import { payments, paymentsRelations } from './schema/payments';
import { plans, plansRelations } from './schema/plans';
import { processedWebhookEvents } from './schema/processed-webhook-events';
import { revokedSessions } from './schema/revoked-sessions';
import { sentMessages } from './schema/sent-messages';
import { services, servicesRelations } from './schema/services';
import { shopCacheVersions } from './schema/shop-cache-versions';
import { shops, shopsRelations } from './schema/shops';
import { staff, staffRelations } from './schema/staff';
import { staffServices, staffServicesRelations } from './schema/staff-services';
import { subscriptions, subscriptionsRelations } from './schema/subscriptions';
import { timeOff, timeOffRelations } from './schema/time-off';
import { users, usersRelations } from './schema/users';
import { weeklyHours, weeklyHoursRelations } from './schema/weekly-hours';

/**
 * Every table, enum and relation, handed to `drizzle()` so `db.query.<table>` and `with:` work.
 * Adding a table means adding it here and to index.ts.
 */
export const schema = {
  audience,
  bookingStatus,
  subscriptionStatus,
  users,
  usersRelations,
  owners,
  ownersRelations,
  customers,
  customersRelations,
  shops,
  shopsRelations,
  shopCacheVersions,
  services,
  servicesRelations,
  staff,
  staffRelations,
  staffServices,
  staffServicesRelations,
  weeklyHours,
  weeklyHoursRelations,
  dateOverrides,
  dateOverridesRelations,
  timeOff,
  timeOffRelations,
  bookings,
  bookingsRelations,
  bookingHolds,
  bookingHoldsRelations,
  bookingStatusHistory,
  bookingStatusHistoryRelations,
  favorites,
  favoritesRelations,
  plans,
  plansRelations,
  subscriptions,
  subscriptionsRelations,
  payments,
  paymentsRelations,
  idempotencyKeys,
  processedWebhookEvents,
  sentMessages,
  revokedSessions,
};

/** The schema's type, the second parameter of every Drizzle database type here. */
export type Schema = typeof schema;
