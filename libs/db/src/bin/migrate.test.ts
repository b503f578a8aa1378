import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireDataDirLock } from '../data-dir-lock';
import { spawnTool } from '../testing/spawn-tool';

const MIGRATE = 'libs/db/src/bin/migrate.ts';

/** `npm run migrate`, spawned for real: it must honour the data directory lock and fail in one line. */
describe('npm run migrate', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'salon-migrate-')), 'pglite');
  });

  it('refuses a data directory another process holds, as npm start does, without opening it', async () => {
    const release = acquireDataDirLock(dataDir); // what a running `npm start` holds
    try {
      const run = await spawnTool(MIGRATE, { DATABASE_URL: '', PGLITE_DATA_DIR: dataDir });
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        `migrate: ${dataDir} is in use by process ${process.pid}. Stop it first: the embedded database allows one process.`,
      ]);
      expect(fs.readdirSync(dataDir)).toEqual([]); // PGlite never touched it
    } finally {
      release();
    }
  });

  it('migrates a free data directory and leaves no lock behind', async () => {
    const run = await spawnTool(MIGRATE, { DATABASE_URL: '', PGLITE_DATA_DIR: dataDir });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^migrate: pglite .*: \d+ applied, (\d+)\/\1 in total/);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  }, 120_000); // a fresh PGlite data directory: initdb and every migration, in a child process

  it.each([
    ['an unreachable server', 'postgres://nobody@127.0.0.1:1/x', /^migrate: cannot reach PostgreSQL at 127\.0\.0\.1:1: connection refused \(ECONNREFUSED\)$/],
    ['a value that is not a URL', 'not-a-url', /^migrate: DATABASE_URL: .*must be a postgres:\/\/ URL$/],
    ['a URL of another database system', 'mysql://root@127.0.0.1/x', /^migrate: DATABASE_URL: must be a postgres:\/\/ URL$/],
  ])('names the cause of %s in one line, without a stack', async (_what, url, line) => {
    const run = await spawnTool(MIGRATE, { DATABASE_URL: url });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
  });
});
