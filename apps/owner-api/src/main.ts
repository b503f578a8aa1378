import { runStandalone } from '@salon/runtime';
import { loadOwnerApiConfig } from './config';
import { startOwnerApi } from './server';

void runStandalone({ name: 'owner-api', loadConfig: () => loadOwnerApiConfig(process.env), start: startOwnerApi });
