import { authContract, buildOpenApiDocument } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { shopsContract } from './shops-contract';
import { slotsContract } from './slots-contract';

const c = initContract();

/** Every customer-api endpoint, under /api/v1 (each resource router carries the prefix). The mobile app's typed client is built from this. */
export const customerContract = c.router({
  auth: authContract,
  shops: shopsContract,
  slots: slotsContract,
});
export type CustomerContract = typeof customerContract;

/** The OpenAPI document of this API, generated from the contract (served at /api/v1/openapi.json). */
export const customerOpenApiDocument = () =>
  buildOpenApiDocument(customerContract, {
    title: 'Salon customer API',
    version: '1.0.0',
    description: 'For customers: search shops, see free slots, book, reschedule or cancel, favorites and plans.',
  });
