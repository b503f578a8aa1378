import { runStandalone } from '@salon/runtime';
import { loadCustomerApiConfig } from './config';
import { startCustomerApi } from './server';

void runStandalone({ name: 'customer-api', loadConfig: () => loadCustomerApiConfig(process.env), start: startCustomerApi });
