import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkBundleExternals, packageNameOf } from './check-bundle-externals';

// The checker on a made-up repository shaped like the lru-cache failure, so it keeps catching it
// now that the real repository passes (bundles.test.ts).
let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-externals-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const write = (file: string, content: unknown) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), typeof content === 'string' ? content : JSON.stringify(content));
};
const pkg = (name: string, version: string) => ({ name, version, main: 'index.js' });

function makeRepo(rootCache: { version: string; dev: boolean }) {
  write('node_modules/cache/package.json', pkg('cache', rootCache.version));
  write('node_modules/cache/index.js', '');
  write('libs/a/node_modules/cache/package.json', pkg('cache', '11.0.0'));
  write('libs/a/package.json', { name: '@salon/a', dependencies: { cache: '^11.0.0' } });
  write('libs/a/src/index.ts', "import { type T } from 'typed';\nimport { Cache } from 'cache';\nimport 'undeclared';\nexport const c: T = new Cache();\n");
  write('package-lock.json', {
    packages: {
      'node_modules/cache': { version: rootCache.version, ...(rootCache.dev ? { dev: true } : {}) },
      'libs/a/node_modules/cache': { version: '11.0.0' },
    },
  });
  const imports = ['typed', 'cache', 'undeclared', 'node:fs'].map((p) => ({ path: p, external: true }));
  return { inputs: { 'libs/a/src/index.ts': { imports } } };
}

it('names a root copy that is the wrong major and dev-only, and an undeclared package', () => {
  const problems = checkBundleExternals(root, path.join(root, 'dist/apps/x'), makeRepo({ version: '5.1.1', dev: true }));
  expect(problems).toEqual([
    'libs/a/src/index.ts (@salon/a) imports cache: node_modules/cache is 5.1.1, which does not satisfy ^11.0.0',
    'libs/a/src/index.ts (@salon/a) imports cache: node_modules/cache is a dev-only entry of package-lock.json, removed by npm prune --omit=dev',
    'libs/a/src/index.ts (@salon/a) imports undeclared, which its package.json does not list in dependencies',
  ]);
});

it('accepts a hoisted production copy in range, and skips type-only imports and built-ins', () => {
  const metafile = makeRepo({ version: '11.2.0', dev: false });
  write('libs/a/src/index.ts', "import { type T } from 'typed';\nimport { Cache } from 'cache';\nexport const c: T = new Cache();\n");
  expect(checkBundleExternals(root, path.join(root, 'dist/apps/x'), metafile)).toEqual([]);
});

it('takes the package name from a deep or scoped specifier', () => {
  expect(['drizzle-orm/pg-core', '@electric-sql/pglite/contrib/cube', 'zod'].map(packageNameOf)).toEqual([
    'drizzle-orm',
    '@electric-sql/pglite',
    'zod',
  ]);
});
