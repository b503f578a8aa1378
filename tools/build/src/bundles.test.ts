import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { describeWithPostgres } from '@salon/db/testing';
import APP_ENTRIES from '../app-entries.json';
import { checkBundleExternals, type BundleMetafile } from './check-bundle-externals';

// The production bundles leave third-party packages external and load them from the repository
// root's node_modules. A lib whose dependency npm nested under libs/<lib>/node_modules (because
// the root held another major) bundled fine and crashed at start: customer-api died with
// "LRUCache is not a constructor", finding lru-cache 5 at the root where @salon/cache wants ^11.
// So each bundle is built where dist/apps/<app> sits (two levels below the root, so Node walks
// the same node_modules) and every external is checked against the range its importer declares.
const root = path.resolve(__dirname, '../../..');
const APPS = Object.keys(APP_ENTRIES);
let outdir: string;

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  outdir = fs.mkdtempSync(path.join(root, 'dist', '.bundles-test-'));
  const bundle = promisify(execFile);
  await Promise.all(
    APPS.map((app) =>
      bundle(process.execPath, ['tools/build/bundle-app.mjs', app, '--outdir', outdir, '--metafile', metafileOf(app)], {
        cwd: root,
      }),
    ),
  );
}, 60_000);
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

const metafileOf = (app: string) => path.join(outdir, `${app}.meta.json`);

it.each(APPS)('%s: every external package resolves from the bundle to a version its importer accepts', (app) => {
  const metafile = JSON.parse(fs.readFileSync(metafileOf(app), 'utf8')) as BundleMetafile;
  const externals = Object.values(metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external));
  expect(externals.length).toBeGreaterThan(0); // the check below would pass vacuously otherwise
  expect(checkBundleExternals(root, path.join(outdir, app), metafile)).toEqual([]);
});

// Standalone, an API needs PostgreSQL (PGlite is shared only in `npm start`'s one process).
describeWithPostgres('the customer-api bundle in production', () => {
  it('starts and answers GET /healthz 200', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(outdir, 'customer-api', 'main.js')], {
      cwd: outdir,
      // What the image gives it (Dockerfile, docker-compose.yml), not the test runner's NODE_OPTIONS.
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        CUSTOMER_API_PORT: String(port),
        CLERK_JWT_KEY: fs.readFileSync(path.join(root, 'tools/dev-tokens/dev-keys/dev-public.pem'), 'utf8'),
        DATABASE_URL: process.env['DATABASE_URL'],
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const status = await Promise.race([pollHealthz(port, 10_000, exited), exited.then((code) => `exited with ${code}`)]);
      expect(`${status}\n${output}`).toMatch(/^200\n/); // on failure, shows the process's own words
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 20_000);
});

/** A TCP port nothing listens on right now (the OS picks it). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** GET /healthz every 100 ms until it answers, `timeoutMs` pass or the process exits; resolves with the status or why not. */
async function pollHealthz(port: number, timeoutMs: number, exited: Promise<unknown>): Promise<number | string> {
  const deadline = Date.now() + timeoutMs;
  let isRunning = true;
  void exited.then(() => (isRunning = false));
  while (isRunning && Date.now() < deadline) {
    try {
      return (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return isRunning ? `no answer within ${timeoutMs} ms` : 'exited';
}
