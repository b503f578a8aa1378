import { type OwnerContract } from '@salon/contracts-owner';
import { createOwnerApp } from '@salon/owner-api/app';
import { createTestApi, type TestApi } from '@salon/runtime/testing';
import { type initClient as InitClient } from '@ts-rest/core';
import fs from 'node:fs';
import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildClientPackages, type BuiltClientPackage } from './build-client-packages';
import { REPO_ROOT } from './client-packages';
import { createConsumerProject } from './testing/consumer-project';

// The owner client as the portal team gets it: built into a temp dir, packed, unpacked into a
// consumer project, then loaded from there (never from src) and pointed at a running owner-api.
let tmp: string;
let built: BuiltClientPackage;
let consumer: ReturnType<typeof createConsumerProject>;
let api: TestApi;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-clients-'));
  [built] = (await buildClientPackages(['owner'], path.join(tmp, 'out'))) as [BuiltClientPackage];
  consumer = createConsumerProject(path.join(tmp, 'portal'), '@salon/owner-client', built.tarball);
  await consumer.install();
  api = await createTestApi(createOwnerApp);
  server = api.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server?.closeAllConnections();
  await api?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

// esbuild writes each import as a statement of its own (`import { z } from "zod";`) or a
// `require("zod")` call; anchoring on that keeps strings inside the contracts (`'from'`) out.
const IMPORTED = /^\s*import\s[^;]*?\bfrom\s*["']([^"']+)["'];|^\s*import\s*["']([^"']+)["'];|\brequire\(\s*["']([^"']+)["']\s*\)/gm;
const read = (file: string) => fs.readFileSync(path.join(consumer.dir, 'node_modules/@salon/owner-client', file), 'utf8');

describe('what the owner client package contains', () => {
  it('imports zod and @ts-rest/core and nothing else: no server code, no Node built-ins', () => {
    expect(built.externals).toEqual(['@ts-rest/core', 'zod']);
    for (const file of ['index.mjs', 'index.cjs']) {
      const imported = new Set([...read(file).matchAll(IMPORTED)].map((m) => m[1] ?? m[2] ?? m[3]));
      expect([...imported].sort()).toEqual(['@ts-rest/core', 'zod']);
      expect(read(file)).not.toMatch(/["'](node:[^"']*|express|drizzle-orm[^"']*|pino|postgres|@electric-sql\/[^"']*)["']/);
    }
  });

  it('inlines only contract and util libs (the workspace code a browser may run), nothing from node_modules', () => {
    const libsOf = new Set(built.inputs.map((input) => input.split('/src/')[0] ?? input));
    for (const lib of libsOf) {
      expect(lib).toMatch(/^libs\//);
      const tags = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, lib!, 'package.json'), 'utf8')) as { nx: { tags: string[] } }).nx.tags;
      expect(tags.some((tag) => tag === 'type:contract' || tag === 'type:util')).toBe(true);
    }
  });

  it('declares zod and @ts-rest/core as peers, both formats in exports, and no side effects', () => {
    const pkg = JSON.parse(read('package.json')) as Record<string, unknown>;
    expect(pkg).toMatchObject({ name: '@salon/owner-client', version: expect.stringMatching(/^0\./), sideEffects: false, types: './index.d.ts' });
    expect(pkg.exports).toEqual({
      '.': { types: './index.d.ts', import: './index.mjs', require: './index.cjs', default: './index.cjs' },
      './package.json': './package.json',
    });
    expect(Object.keys(pkg.peerDependencies as object).sort()).toEqual(['@ts-rest/core', 'zod']);
    expect(pkg).not.toHaveProperty('dependencies');
    expect(read('README.md')).toContain("baseUrl: 'http://localhost:3001'");
  });
});

describe('the owner client package against a running owner-api', () => {
  it('CommonJS: initClient(ownerContract) calls auth.me with a token → 200, without → 401 envelope', async () => {
    const { ownerContract } = consumer.require('@salon/owner-client') as { ownerContract: OwnerContract }; // the built object; the repo's type
    const { initClient } = consumer.require('@ts-rest/core') as { initClient: typeof InitClient };
    const token = await api.tokenFor('olivia', { role: 'owner' });
    const client = initClient(ownerContract, { baseUrl, baseHeaders: { authorization: `Bearer ${token}` } });
    const me = await client.auth.me();
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ clerkUserId: 'user_olivia', roles: expect.arrayContaining(['owner']) });
    const anonymous = await initClient(ownerContract, { baseUrl, baseHeaders: {} }).auth.me();
    expect(anonymous).toMatchObject({ status: 401, body: { error: { code: 'unauthenticated' } } });
  });

  it('ESM: the same call from an ES module in a plain Node process', async () => {
    const token = await api.tokenFor('marcus', { role: 'owner' });
    const stdout = await consumer.runModule(
      `import { initClient } from '@ts-rest/core';
import { ownerContract } from '@salon/owner-client';
const [baseUrl, token] = process.argv.slice(2);
const client = initClient(ownerContract, { baseUrl, baseHeaders: { authorization: 'Bearer ' + token } });
const res = await client.auth.me();
console.log(JSON.stringify({ status: res.status, user: res.body.clerkUserId }));
`,
      [baseUrl, token],
    );
    expect(JSON.parse(stdout)).toEqual({ status: 200, user: 'user_marcus' });
  }, 60_000);
});

describe('the owner client package declarations', () => {
  it('type-check a consumer: typed status and body, wrong bodies and unknown fields are compile errors', async () => {
    const result = await consumer.typeCheck(`import { initClient } from '@ts-rest/core';
import { ownerContract, type OwnerContract } from '@salon/owner-client';

const client = initClient(ownerContract, { baseUrl: 'http://localhost:3001', baseHeaders: { authorization: 'Bearer x' } });
export const contract: OwnerContract = ownerContract;

export async function roles(): Promise<('owner' | 'customer')[]> {
  const res = await client.auth.me();
  if (res.status === 200) {
    const created: string = res.body.createdAt;
    // @ts-expect-error a Me has no such field
    void res.body.password;
    return created ? res.body.roles : [];
  }
  if (res.status === 401) {
    // @ts-expect-error not one of the error codes
    if (res.body.error.code === 'teapot') return [];
    const code: 'unauthenticated' | string = res.body.error.code;
    void code;
  }
  return [];
}

export async function register() {
  await client.auth.register({ body: { role: 'owner', businessName: 'Cuts & Co' } });
  // @ts-expect-error role is 'owner' | 'customer'
  await client.auth.register({ body: { role: 42 } });
  // @ts-expect-error the body is required
  await client.auth.register({});
}
`);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 120_000);
});
