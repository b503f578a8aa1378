import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { bundleClientJs, type BundleResult } from './bundle-client-js';
import { CLIENT_PACKAGES, REPO_ROOT, type ClientName } from './client-packages';
import { copyDeclarations, declarationOf, emitClientTypes } from './emit-client-types';
import { clientPackageJson, clientReadme } from './write-package-files';

export type BuiltClientPackage = BundleResult & {
  name: ClientName;
  /** The package folder (outRoot/<name>) and the `npm pack` tarball beside it. */
  dir: string;
  tarball: string;
  tarballBytes: number;
};

/**
 * Builds installable client packages into outRoot/<name>/ and packs each to outRoot/<tarball>.
 * The bundle is whatever the contract lib's src/index.ts exports: no list of routes here.
 */
export async function buildClientPackages(names: ClientName[], outRoot: string): Promise<BuiltClientPackage[]> {
  const bundles = [];
  for (const name of names) {
    const pkg = CLIENT_PACKAGES[name];
    const dir = path.join(outRoot, name);
    fs.rmSync(dir, { recursive: true, force: true });
    bundles.push({ name, pkg, dir, ...(await bundleClientJs(path.join(REPO_ROOT, pkg.contractLib, 'src/index.ts'), dir)) });
  }
  const staging = fs.mkdtempSync(path.join(outRoot, '.types-'));
  try {
    const sources = [...new Set(bundles.flatMap((b) => b.inputs))].map((input) => path.join(REPO_ROOT, input));
    emitClientTypes(sources, staging);
    const built: BuiltClientPackage[] = [];
    for (const { name, pkg, dir, ...bundle } of bundles) {
      const entry = declarationOf(path.join(REPO_ROOT, pkg.contractLib, 'src/index.ts'));
      copyDeclarations(staging, entry, path.join(dir, 'types'));
      fs.writeFileSync(path.join(dir, 'index.d.ts'), `export * from './types/${entry.replace(/\.d\.ts$/, '')}';\n`);
      const packageJson = clientPackageJson(pkg, bundle.externals);
      fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
      fs.writeFileSync(path.join(dir, 'README.md'), clientReadme(pkg, packageJson.peerDependencies));
      built.push({ name, dir, ...bundle, ...(await pack(dir, outRoot)) });
    }
    return built;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

async function pack(dir: string, destination: string) {
  const { stdout } = await promisify(execFile)('npm', ['pack', '--json', '--pack-destination', destination], { cwd: dir });
  const [info] = JSON.parse(stdout) as { filename: string; size: number }[];
  if (!info) throw new Error(`npm pack printed no tarball for ${dir}`);
  return { tarball: path.join(destination, info.filename), tarballBytes: info.size };
}
