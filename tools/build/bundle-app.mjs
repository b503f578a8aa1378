// Bundles one app's main.ts (or the migrate job) and our libs into dist/apps/<name>/main.js.
// @salon/db finds its SQL migrations at ../migrations from the bundle, so they are copied to
// dist/apps/migrations beside every bundle.
// Third-party packages stay external (installed with `npm ci --omit=dev` in the image):
// PGlite loads its wasm from its own folder and must not be inlined.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRIES = {
  'owner-api': 'apps/owner-api/src/main.ts',
  'customer-api': 'apps/customer-api/src/main.ts',
  worker: 'apps/worker/src/main.ts',
  migrate: 'libs/db/src/bin/migrate.ts',
};
const app = process.argv[2];
if (!(app in ENTRIES)) {
  process.stderr.write(`usage: node tools/build/bundle-app.mjs ${Object.keys(ENTRIES).join('|')}\n`);
  process.exit(2);
}

const externalThirdParty = {
  name: 'external-third-party',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@salon/') ? undefined : { path: args.path, external: true },
    );
  },
};

await build({
  entryPoints: [path.join(root, ENTRIES[app])],
  outfile: path.join(root, 'dist/apps', app, 'main.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  plugins: [externalThirdParty],
  logLevel: 'warning',
});
fs.cpSync(path.join(root, 'libs/db/migrations'), path.join(root, 'dist/apps/migrations'), { recursive: true });
process.stdout.write(`built dist/apps/${app}/main.js\n`);
