import fs from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import { transformSync } from 'esbuild';
import semver from 'semver';

/** The part of esbuild's metafile we read: each input (path relative to the repo root) and its imports. */
export type BundleMetafile = {
  inputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
};

type PackageJson = {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
type LockFile = { packages: Record<string, { version?: string; dev?: boolean }> };

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** The package.json nearest above `file`: the workspace package that owns a bundled source file. */
function owningPackageJson(root: string, file: string): string {
  for (let dir = path.dirname(file); dir.startsWith(root); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`${file} is outside the repository ${root}`);
}

/** Node's lookup of a package folder: `<dir>/node_modules/<name>` from `from` up to the filesystem root. */
function findPackageDir(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * What one source file requires at run time. The metafile lists type-only imports among an input's
 * externals too (esbuild drops them from the output), so the file is compiled alone to see which stay.
 */
function requiredBy(file: string): Set<string> {
  const { code } = transformSync(fs.readFileSync(file, 'utf8'), { loader: 'ts', format: 'cjs' });
  return new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1] ?? ''));
}

/**
 * Checks every third-party import a bundle leaves external, as the bundle will meet it at run time:
 * resolved by Node from `bundleDir` (which must sit where dist/apps/<app> does), in the production
 * image, where `npm prune --omit=dev` has run and libs/ and apps/ are not copied.
 *
 * For each external import of a workspace source file, the owning workspace package must declare it
 * in `dependencies` (or `peerDependencies`); the copy found from `bundleDir` must satisfy that range,
 * must be a production entry of package-lock.json (not `dev`, which prune removes), must not live
 * under libs/ or apps/, and `require.resolve` must accept the exact specifier (subpath exports).
 *
 * @param root the repository root (absolute)
 * @param bundleDir the folder holding the bundle's main.js (absolute)
 * @param metafile esbuild's metafile of that bundle, built with absWorkingDir = root
 * @returns one sentence per problem (importer, specifier, what is wrong); empty when all is well
 */
export function checkBundleExternals(root: string, bundleDir: string, metafile: BundleMetafile): string[] {
  const context = {
    root,
    bundleDir,
    lock: readJson<LockFile>(path.join(root, 'package-lock.json')),
    requireFromBundle: createRequire(path.join(bundleDir, 'main.js')),
  };
  const problems = new Set<string>();
  for (const [input, { imports }] of Object.entries(metafile.inputs)) {
    const externals = imports.filter((i) => i.external).map((i) => i.path);
    if (externals.length === 0) continue;
    const required = requiredBy(path.resolve(root, input));
    for (const specifier of externals) {
      if (!required.has(specifier) || isBuiltin(specifier)) continue;
      for (const problem of checkExternal(context, input, specifier)) problems.add(problem);
    }
  }
  return [...problems].sort();
}

type CheckContext = { root: string; bundleDir: string; lock: LockFile; requireFromBundle: NodeJS.Require };

/** The problems of one bare `specifier` required by `input` (relative to the root); see checkBundleExternals. */
function checkExternal({ root, bundleDir, lock, requireFromBundle }: CheckContext, input: string, specifier: string): string[] {
  const name = packageNameOf(specifier);
  const ownerFile = owningPackageJson(root, path.resolve(root, input));
  const owner = readJson<PackageJson>(ownerFile);
  const who = `${input} (${owner.name ?? path.relative(root, ownerFile)}) imports ${specifier}`;
  const range = owner.dependencies?.[name] ?? owner.peerDependencies?.[name];
  if (range === undefined) return [`${who}, which its package.json does not list in dependencies`];
  const dir = findPackageDir(bundleDir, name);
  if (dir === undefined) return [`${who}: no ${name} is reachable from ${path.relative(root, bundleDir)}`];

  const problems: string[] = [];
  const where = path.relative(root, dir);
  const { version = '?' } = readJson<PackageJson>(path.join(dir, 'package.json'));
  if (!semver.satisfies(version, range)) problems.push(`${who}: ${where} is ${version}, which does not satisfy ${range}`);
  if (/^(libs|apps)\//.test(where)) problems.push(`${who}: resolves from ${where}, which the image does not copy`);
  const locked = lock.packages[where];
  if (locked === undefined) problems.push(`${who}: ${where} is not in package-lock.json`);
  if (locked?.dev === true) {
    problems.push(`${who}: ${where} is a dev-only entry of package-lock.json, removed by npm prune --omit=dev`);
  }
  try {
    requireFromBundle.resolve(specifier);
  } catch (error) {
    problems.push(`${who}: require.resolve fails from the bundle (${(error as Error).message.split('\n')[0]})`);
  }
  return problems;
}
