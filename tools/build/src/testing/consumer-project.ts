import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../client-packages';

const run = promisify(execFile);

/**
 * A stand-in for the portal or the app: a folder whose node_modules holds the package unpacked
 * from its tarball (exactly what `npm install ./x.tgz` puts there) beside its two peers, linked
 * from this repository. Nothing in it can reach the repo's sources.
 */
export function createConsumerProject(dir: string, packageName: string, tarball: string) {
  const installed = path.join(dir, 'node_modules', packageName);
  fs.mkdirSync(installed, { recursive: true });
  for (const peer of ['zod', '@ts-rest/core']) {
    fs.mkdirSync(path.dirname(path.join(dir, 'node_modules', peer)), { recursive: true });
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules', peer), path.join(dir, 'node_modules', peer), 'dir');
  }
  return {
    dir,
    install: () => run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']),
    /** Node's own require from inside the project (not Jest's registry): a CommonJS consumer. */
    require: createRequire(path.join(dir, 'consumer.cjs')),
    /** Runs an ES module in a child Node process in the project; returns its stdout. */
    runModule: async (source: string, args: string[]) => {
      fs.writeFileSync(path.join(dir, 'consumer.mjs'), source);
      return (await run(process.execPath, ['consumer.mjs', ...args], { cwd: dir })).stdout;
    },
    /** tsc --noEmit over one consumer file, with a Vite/React Native style tsconfig; returns tsc's output. */
    typeCheck: async (source: string) => {
      fs.writeFileSync(path.join(dir, 'consumer.ts'), source);
      const compilerOptions = {
        target: 'ES2022', lib: ['ES2022', 'DOM'], module: 'ESNext', moduleResolution: 'bundler',
        strict: true, noEmit: true, skipLibCheck: false, types: [],
      };
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
      const tsc = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
      return run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir }).then(
        (r) => ({ ok: true, output: r.stdout }),
        (e: { stdout?: string }) => ({ ok: false, output: e.stdout ?? String(e) }),
      );
    },
  };
}
