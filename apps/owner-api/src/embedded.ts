// What the embedded launcher (tools/dev) needs to host this app in its one process.
export { loadOwnerApiConfig as loadConfig } from './config';
export { startOwnerApi as start } from './server';
