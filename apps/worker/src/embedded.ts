// What the embedded launcher (tools/dev) needs to host this app in its one process.
export { loadWorkerConfig as loadConfig } from './config';
export { startWorker as start } from './server';
