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

/** Every customer-api endpoint, under /api/v1 (each resource router carries the prefix). The mobile app's typed client is built from this. */
export const customerContract = c.router({
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
export type CustomerContract = typeof customerContract;
