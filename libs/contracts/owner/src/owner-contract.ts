import { authContract, commonResponses } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';

const c = initContract();

/** Every owner-api endpoint, under /api/v1. The owner portal's typed client is built from this. */
export const ownerContract = c.router(
  { auth: authContract },
  { pathPrefix: '/api/v1', strictStatusCodes: true, commonResponses },
);
export type OwnerContract = typeof ownerContract;
