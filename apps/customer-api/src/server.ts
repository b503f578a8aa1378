import { type DatabaseHandle } from '@salon/db';
import { type Logger } from '@salon/http';
import { startApi } from '@salon/runtime';
import { createCustomerApp } from './app';
import { type CustomerApiConfig } from './config';

/** Starts the customer API over an open database; shared by main.ts and the embedded launcher. */
export const startCustomerApi = (opts: { config: CustomerApiConfig; database: DatabaseHandle; logger: Logger }) =>
  startApi({ ...opts, name: 'customer-api', port: opts.config.CUSTOMER_API_PORT, createApp: createCustomerApp });
