import { buildOpenApiDocument } from '@salon/contracts-common/openapi';
import { customerContract } from './customer-contract';

/**
 * The OpenAPI document of this API, generated from the contract (served at /api/v1/openapi.json).
 * A separate entry, `@salon/contracts-customer/openapi`: the main entry stays the contract alone, which the
 * typed-client package bundles, so @ts-rest/open-api never reaches a browser or the mobile app.
 */
export const customerOpenApiDocument = () =>
  buildOpenApiDocument(customerContract, {
    title: 'Salon customer API',
    version: '1.0.0',
    description: 'For customers: search shops, see free slots, book, reschedule or cancel, favorites and plans.',
  });
