import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildClientPackages, type BuiltClientPackage } from './build-client-packages';

// The mobile app's package must build with its declarations: the customer contract once grew past
// what TypeScript writes into a .d.ts (TS7056) and `npm run build:clients` failed while every other
// test stayed green. The owner package is tested end to end in build-client-packages.test.ts.
describe('the customer client package', () => {
  it('builds, with declarations of customerContract, and packs', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-customer-client-'));
    try {
      const [built] = (await buildClientPackages(['customer'], path.join(tmp, 'out'))) as [BuiltClientPackage];
      const declarations = fs.readFileSync(path.join(built.dir, 'types/contracts/customer/src/customer-contract.d.ts'), 'utf8');
      expect(declarations).toMatch(/export declare const customerContract: CustomerContract/);
      expect(fs.readFileSync(path.join(built.dir, 'index.d.ts'), 'utf8')).toMatch(/contracts\/customer\/src\/index/);
      expect(fs.existsSync(built.tarball)).toBe(true);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 120_000);
});
