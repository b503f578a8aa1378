import { runStandalone } from '@salon/runtime';
import { loadWorkerConfig } from './config';
import { startWorker } from './server';

void runStandalone({ name: 'worker', loadConfig: () => loadWorkerConfig(process.env), start: startWorker });
