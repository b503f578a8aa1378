import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleClientJs } from './bundle-client-js';

// The guard behind "no server code": whatever a contract lib starts importing, the build refuses
// anything but the peers, and says what and where.
let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-bundle-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const entry = (source: string) => {
  fs.writeFileSync(path.join(tmp, 'index.ts'), source);
  return path.join(tmp, 'index.ts');
};

it('refuses server packages and Node built-ins, naming them', async () => {
  const source = `import express from 'express';\nimport { readFileSync } from 'node:fs';\nimport { z } from 'zod';\nexport const x = [express, readFileSync, z];\n`;
  await expect(bundleClientJs(entry(source), path.join(tmp, 'out'))).rejects.toThrow(
    /imports express, node:fs: a client package may import only zod and @ts-rest\/core/,
  );
});

it('refuses a bare side-effect import too', async () => {
  await expect(bundleClientJs(entry(`import 'pino';\nexport const x = 1;\n`), path.join(tmp, 'out'))).rejects.toThrow(/imports pino/);
});

it('accepts zod and @ts-rest/core and reports them as the externals', async () => {
  const source = `import { initContract } from '@ts-rest/core';\nimport { z } from 'zod';\nexport const c = initContract().router({ a: { method: 'GET', path: '/a', responses: { 200: z.string() } } });\n`;
  const result = await bundleClientJs(entry(source), path.join(tmp, 'out'));
  expect(result.externals).toEqual(['@ts-rest/core', 'zod']);
  expect(result.files.map((f) => f.file).sort()).toEqual(['index.cjs', 'index.mjs']);
});
