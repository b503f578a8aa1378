/**
 * PGlite loads Node built-ins with dynamic `import()`, which Jest's module sandbox allows only
 * under `--experimental-vm-modules`; without it the worker dies with an unhelpful message. Call
 * before opening PGlite in a test.
 */
export function assertVmModulesUnderJest(): void {
  if (process.env['JEST_WORKER_ID'] === undefined) return;
  const flags = `${process.env['NODE_OPTIONS'] ?? ''} ${process.execArgv.join(' ')}`;
  if (!flags.includes('--experimental-vm-modules')) {
    throw new Error('PGlite under Jest needs NODE_OPTIONS=--experimental-vm-modules (see libs/db/README.md).');
  }
}
