import { authContract, subscriptionsContractFor } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { bookingsContract } from './bookings-contract';
import { catalogueContract } from './catalogue-contract';
import { customersContract } from './customers-contract';
import { favoritesContract } from './favorites-contract';
import { openingHoursContract } from './opening-hours-contract';
import { shopsContract } from './shops-contract';
import { slotsContract } from './slots-contract';

const c = initContract();

/** The subscription routes, customer side (plans for customers). */
export const customerSubscriptionsContract = subscriptionsContractFor('customer');

/**
 * The customer contract's shape, named resource by resource: spelled out, the inferred type of the
 * whole router is longer than TypeScript will write into a declaration file (TS7056), and the
 * mobile app's package (`npm run build:clients`) needs that `.d.ts`.
 */
export type CustomerContract = {
  auth: typeof authContract;
  shops: typeof shopsContract;
  slots: typeof slotsContract;
  customers: typeof customersContract;
  favorites: typeof favoritesContract;
  openingHours: typeof openingHoursContract;
  catalogue: typeof catalogueContract;
  bookings: typeof bookingsContract;
  subscriptions: typeof customerSubscriptionsContract;
};

/** Every customer-api endpoint, under /api/v1 (each resource router carries the prefix). The mobile app's typed client is built from this. */
export const customerContract: CustomerContract = c.router({
  auth: authContract,
  shops: shopsContract,
  slots: slotsContract,
  customers: customersContract,
  favorites: favoritesContract,
  openingHours: openingHoursContract,
  catalogue: catalogueContract,
  bookings: bookingsContract,
  subscriptions: customerSubscriptionsContract,
});
