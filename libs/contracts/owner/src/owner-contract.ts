import { authContract, buildOpenApiDocument } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { clientsContract } from './clients-contract';
import { servicesContract } from './services-contract';
import { shopsContract } from './shops-contract';
import { staffContract } from './staff-contract';

const c = initContract();

/** Every owner-api endpoint, under /api/v1 (each resource router carries the prefix). The owner portal's typed client is built from this. */
export const ownerContract = c.router({
  auth: authContract,
  clients: clientsContract,
  shops: shopsContract,
  services: servicesContract,
  staff: staffContract,
});
export type OwnerContract = typeof ownerContract;

/** The OpenAPI document of this API, generated from the contract (served at /api/v1/openapi.json). */
export const ownerOpenApiDocument = () =>
  buildOpenApiDocument(ownerContract, {
    title: 'Salon owner API',
    version: '1.0.0',
    description: 'For salon owners: profile, shops, services, staff, schedules, bookings and plans.',
  });
