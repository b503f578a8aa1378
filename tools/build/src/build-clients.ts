import path from 'node:path';
import { buildClientPackages } from './build-client-packages';
import { CLIENT_PACKAGES, REPO_ROOT, type ClientName } from './client-packages';

/**
 * `npm run build:clients [owner|customer …]`: the typed-client packages in dist/clients/<name>/ and
 * their tarballs in dist/clients/ (docs/clients.md).
 */
async function main() {
  const started = Date.now();
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in CLIENT_PACKAGES));
  if (unknown.length > 0) throw new Error(`unknown client ${unknown.join(', ')}; known: ${Object.keys(CLIENT_PACKAGES).join(', ')}`);
  const names = (asked.length > 0 ? asked : Object.keys(CLIENT_PACKAGES)) as ClientName[];
  const outRoot = path.join(REPO_ROOT, 'dist/clients');
  for (const built of await buildClientPackages(names, outRoot)) {
    const sizes = built.files.map((f) => `${f.file} ${kB(f.bytes)}`).join(', ');
    process.stdout.write(
      `${CLIENT_PACKAGES[built.name].name}: ${path.relative(REPO_ROOT, built.dir)}/ (${sizes}; peers ${built.externals.join(', ')})\n` +
        `  tarball ${path.relative(REPO_ROOT, built.tarball)} ${kB(built.tarballBytes)}\n`,
    );
  }
  process.stdout.write(`built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

main().catch((error: unknown) => {
  process.stderr.write(`build:clients failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
