import { authContract, commonResponses } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { shopsContract } from './shops-contract';

const c = initContract();

/** Every customer-api endpoint, under /api/v1. The mobile app's typed client is built from this. */
export const customerContract = c.router(
  { auth: authContract, shops: shopsContract },
  { pathPrefix: '/api/v1', strictStatusCodes: true, commonResponses },
);
export type CustomerContract = typeof customerContract;
