import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describeWithPostgres } from '@salon/db/testing';
import { spawnApp } from '@salon/runtime/testing';
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
    // What the image gives it (Dockerfile, docker-compose.yml), not the test runner's environment.
    const app = await spawnApp('customer-api', {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      CLERK_JWT_KEY: fs.readFileSync(path.join(root, 'tools/dev-tokens/dev-keys/dev-public.pem'), 'utf8'),
      DATABASE_URL: process.env['DATABASE_URL']!,
    }, { timeoutMs: 10_000, bundle: path.join(outdir, 'customer-api', 'main.js') });
    try {
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    } finally {
      await app.close();
    }
  }, 20_000);
});
