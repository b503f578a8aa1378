import { authContract, buildOpenApiDocument } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { catalogueContract } from './catalogue-contract';
import { customersContract } from './customers-contract';
import { favoritesContract } from './favorites-contract';
import { openingHoursContract } from './opening-hours-contract';
import { shopsContract } from './shops-contract';

const c = initContract();

/** Every customer-api endpoint, under /api/v1 (each resource router carries the prefix). The mobile app's typed client is built from this. */
export const customerContract = c.router({
  auth: authContract,
  shops: shopsContract,
  customers: customersContract,
  favorites: favoritesContract,
  openingHours: openingHoursContract,
  catalogue: catalogueContract,
});
export type CustomerContract = typeof customerContract;

/** The OpenAPI document of this API, generated from the contract (served at /api/v1/openapi.json). */
export const customerOpenApiDocument = () =>
  buildOpenApiDocument(customerContract, {
    title: 'Salon customer API',
    version: '1.0.0',
    description: 'For customers: search shops, see free slots, book, reschedule or cancel, favorites and plans.',
  });
