import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireDataDirLock } from '@salon/db';
import { spawnTool } from '@salon/db/testing';

const SEED = 'tools/seed/src/main.ts';

/** `npm run seed`, spawned for real: it must honour the data directory lock and fail in one line. */
describe('npm run seed', () => {
  it('refuses a data directory another process holds, as npm start does, without opening it', async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'salon-seed-')), 'pglite');
    const release = acquireDataDirLock(dataDir); // what a running `npm start` holds
    try {
      const run = await spawnTool(SEED, { DATABASE_URL: '', PGLITE_DATA_DIR: dataDir });
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        `seed: ${dataDir} is in use by process ${process.pid}. Stop it first: the embedded database allows one process.`,
      ]);
      expect(fs.readdirSync(dataDir)).toEqual([]);
    } finally {
      release();
    }
  });

  it('names an unreachable server in one line, without a stack', async () => {
    const run = await spawnTool(SEED, { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/x' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'seed: cannot reach PostgreSQL at 127.0.0.1:1: connection refused (ECONNREFUSED)',
    ]);
  });
});
