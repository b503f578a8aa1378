import path from 'node:path';
import { loadDotEnv } from '@salon/config';
import { runStandalone } from '@salon/runtime';
import { loadWorkerConfig } from './config';
import { startWorker } from './server';

// A `.env` in the current directory or the repository root, if any; the real environment wins.
loadDotEnv([process.cwd(), path.resolve(__dirname, '../../..')]);
void runStandalone({ name: 'worker', loadConfig: () => loadWorkerConfig(process.env), start: startWorker });
