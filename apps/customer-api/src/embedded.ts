// What the embedded launcher (tools/dev) needs to host this app in its one process.
export { loadCustomerApiConfig as loadConfig } from './config';
export { startCustomerApi as start } from './server';
