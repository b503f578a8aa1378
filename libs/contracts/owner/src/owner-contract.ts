import { authContract, buildOpenApiDocument } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { bookingsContract } from './bookings-contract';
import { calendarFeedContract } from './calendar-feed-contract';
import { dashboardContract } from './dashboard-contract';
import { availabilityContract } from './availability-contract';

const c = initContract();

/** Every owner-api endpoint, under /api/v1 (each resource router carries the prefix). The owner portal's typed client is built from this. */
export const ownerContract = c.router({
  auth: authContract,
  bookings: bookingsContract,
  calendarFeed: calendarFeedContract,
  dashboard: dashboardContract,
  availability: availabilityContract,
});
export type OwnerContract = typeof ownerContract;

/** The OpenAPI document of this API, generated from the contract (served at /api/v1/openapi.json). */
export const ownerOpenApiDocument = () =>
  buildOpenApiDocument(ownerContract, {
    title: 'Salon owner API',
    version: '1.0.0',
    description: 'For salon owners: profile, shops, services, staff, schedules, bookings and plans.',
  });
