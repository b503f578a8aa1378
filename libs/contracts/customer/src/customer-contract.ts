import { authContract } from '@salon/contracts-common';
import { initContract } from '@ts-rest/core';
import { shopsContract } from './shops-contract';

const c = initContract();

/** Every customer-api endpoint, under /api/v1 (each resource router carries the prefix). The mobile app's typed client is built from this. */
export const customerContract = c.router({ auth: authContract, shops: shopsContract });
export type CustomerContract = typeof customerContract;
