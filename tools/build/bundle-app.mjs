// Bundles one app's main.ts (or the migrate job) and our libs into dist/apps/<name>/main.js.
// @salon/db finds its SQL migrations at ../migrations from the bundle, so they are copied to
// dist/apps/migrations beside every bundle.
// Third-party packages stay external (installed with `npm ci --omit=dev` in the image):
// PGlite loads its wasm from its own folder and must not be inlined. They resolve from the
// repository root's node_modules at run time, never from libs/*/node_modules (absent from the
// image), so every one must be hoisted there: bundles.test.ts checks each against its range.
//
// usage: node tools/build/bundle-app.mjs <app> [--outdir DIR] [--metafile FILE]
//   --outdir    where <app>/main.js and migrations/ go (default dist/apps); keep it two levels
//               below the repository root so node_modules and .env resolve as from dist/apps
//   --metafile  also write esbuild's metafile (inputs, imports, externals) as JSON there
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRIES = JSON.parse(fs.readFileSync(path.join(root, 'tools/build/app-entries.json'), 'utf8'));
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { outdir: { type: 'string' }, metafile: { type: 'string' } },
});
const app = positionals[0];
if (positionals.length !== 1 || !(app in ENTRIES)) {
  process.stderr.write(
    `usage: node tools/build/bundle-app.mjs ${Object.keys(ENTRIES).join('|')} [--outdir DIR] [--metafile FILE]\n`,
  );
  process.exit(2);
}
const outdir = path.resolve(values.outdir ?? path.join(root, 'dist/apps'));

const externalThirdParty = {
  name: 'external-third-party',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@salon/') ? undefined : { path: args.path, external: true },
    );
  },
};

const result = await build({
  entryPoints: [path.join(root, ENTRIES[app])],
  outfile: path.join(outdir, app, 'main.js'),
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  metafile: values.metafile !== undefined,
  plugins: [externalThirdParty],
  logLevel: 'warning',
});
if (values.metafile !== undefined) fs.writeFileSync(values.metafile, JSON.stringify(result.metafile));
fs.cpSync(path.join(root, 'libs/db/migrations'), path.join(outdir, 'migrations'), { recursive: true });
process.stdout.write(`built ${path.relative(process.cwd(), path.join(outdir, app, 'main.js'))}\n`);
