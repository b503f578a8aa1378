import { customerOpenApiDocument } from '@salon/contracts-customer/openapi';
import { ownerOpenApiDocument } from '@salon/contracts-owner/openapi';
import fs from 'node:fs';
import path from 'node:path';

/**
 * `npm run openapi`: writes both APIs' OpenAPI documents to docs/openapi/, committed so a
 * review shows every change to the public surface. `--check` fails when they are stale (CI).
 */
const OUT_DIR = path.resolve(__dirname, '../../../docs/openapi');
const documents = { 'owner-api.json': ownerOpenApiDocument(), 'customer-api.json': customerOpenApiDocument() };
const check = process.argv.includes('--check');
let stale = 0;
fs.mkdirSync(OUT_DIR, { recursive: true });
for (const [file, document] of Object.entries(documents)) {
  const target = path.join(OUT_DIR, file);
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current === text) continue;
  if (check) {
    stale += 1;
    process.stderr.write(`docs/openapi/${file} is stale: run npm run openapi\n`);
  } else {
    fs.writeFileSync(target, text);
    process.stdout.write(`wrote docs/openapi/${file}\n`);
  }
}
process.exit(stale ? 1 : 0);
