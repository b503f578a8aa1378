import path from 'node:path';
import { loadDotEnv } from '@salon/config';
import { runStandalone } from '@salon/runtime';
import { loadCustomerApiConfig } from './config';
import { startCustomerApi } from './server';

// A `.env` in the current directory or the repository root, if any; the real environment wins.
loadDotEnv([process.cwd(), path.resolve(__dirname, '../../..')]);
void runStandalone({ name: 'customer-api', loadConfig: () => loadCustomerApiConfig(process.env), start: startCustomerApi });
