import { type DatabaseHandle } from '@salon/db';
import { type Logger } from '@salon/http';
import { startApi } from '@salon/runtime';
import { createOwnerApp } from './app';
import { type OwnerApiConfig } from './config';

/** Starts the owner API over an open database; shared by main.ts and the embedded launcher. */
export const startOwnerApi = (opts: { config: OwnerApiConfig; database: DatabaseHandle; logger: Logger }) =>
  startApi({ ...opts, name: 'owner-api', port: opts.config.OWNER_API_PORT, createApp: createOwnerApp });
