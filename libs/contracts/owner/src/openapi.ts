import { buildOpenApiDocument } from '@salon/contracts-common/openapi';
import { ownerContract } from './owner-contract';

/**
 * The OpenAPI document of this API, generated from the contract (served at /api/v1/openapi.json).
 * A separate entry, `@salon/contracts-owner/openapi`: the main entry stays the contract alone, which the
 * typed-client package bundles, so @ts-rest/open-api never reaches a browser or the mobile app.
 */
export const ownerOpenApiDocument = () =>
  buildOpenApiDocument(ownerContract, {
    title: 'Salon owner API',
    version: '1.0.0',
    description: 'For salon owners: profile, shops, services, staff, schedules, bookings and plans.',
  });
