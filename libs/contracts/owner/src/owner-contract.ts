import { authContract, subscriptionsContractFor } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { clientsContract } from './clients-contract';
import { servicesContract } from './services-contract';
import { shopsContract } from './shops-contract';
import { staffContract } from './staff-contract';
import { bookingsContract } from './bookings-contract';
import { calendarFeedContract } from './calendar-feed-contract';
import { dashboardContract } from './dashboard-contract';
import { availabilityContract } from './availability-contract';
import { schedulesContract } from './schedules-contract';
import { timeOffContract } from './time-off-contract';

const c = initContract();

/** The subscription routes, owner side (plans for owners; routes need an owner profile). */
export const ownerSubscriptionsContract = subscriptionsContractFor('owner');

/**
 * Spelled out because the inferred type of the composed router grew past what tsc will serialize into
 * a .d.ts (`npm run build:clients owner` failed with "exceeds the maximum length"): each resource is
 * referenced by name instead. One line per resource, like the router below.
 */
type OwnerRouter = {
  auth: typeof authContract;
  clients: typeof clientsContract;
  shops: typeof shopsContract;
  services: typeof servicesContract;
  staff: typeof staffContract;
  bookings: typeof bookingsContract;
  calendarFeed: typeof calendarFeedContract;
  dashboard: typeof dashboardContract;
  availability: typeof availabilityContract;
  schedules: typeof schedulesContract;
  timeOff: typeof timeOffContract;
  subscriptions: typeof ownerSubscriptionsContract;
};

/** Every owner-api endpoint, under /api/v1 (each resource router carries the prefix). The owner portal's typed client is built from this. */
export const ownerContract: OwnerRouter = c.router({
  auth: authContract,
  clients: clientsContract,
  shops: shopsContract,
  services: servicesContract,
  staff: staffContract,
  bookings: bookingsContract,
  calendarFeed: calendarFeedContract,
  dashboard: dashboardContract,
  availability: availabilityContract,
  schedules: schedulesContract,
  timeOff: timeOffContract,
  subscriptions: ownerSubscriptionsContract,
});
export type OwnerContract = typeof ownerContract;
