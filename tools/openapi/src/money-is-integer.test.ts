import { customerOpenApiDocument } from '@salon/contracts-customer/openapi';
import { ownerOpenApiDocument } from '@salon/contracts-owner/openapi';
import { sql } from '@salon/db';
import { useTestDatabase } from '@salon/db/testing';

// conventions.md: money is an integer count of minor units beside an ISO 4217 currency, never a
// float. Checked where it could slip in: the database columns and every API schema.
const database = useTestDatabase();

type Leaf = { path: string; schema: Record<string, unknown> };
function moneyFields(node: unknown, path: string, out: Leaf[]): Leaf[] {
  if (Array.isArray(node)) node.forEach((item, i) => moneyFields(item, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (/(minor|amount|price)/i.test(key) && value && typeof value === 'object' && 'type' in value) out.push({ path: `${path}.${key}`, schema: value as Record<string, unknown> });
      moneyFields(value, `${path}.${key}`, out);
    }
  }
  return out;
}

describe('money is never a float', () => {
  it('has no float or numeric column in the schema but coordinates, and every *_minor column is an integer', async () => {
    const rows = (await database().db.execute(sql`
      select table_name, column_name, data_type from information_schema.columns where table_schema = 'public'`)) as unknown as { table_name: string; column_name: string; data_type: string }[];
    const list = Array.isArray(rows) ? rows : (rows as unknown as { rows: typeof rows }).rows;
    expect(list.length).toBeGreaterThan(50);
    // Coordinates are the one legitimate fraction; nothing else may be one.
    const fractional = list.filter((c) => ['real', 'double precision', 'numeric'].includes(c.data_type)).map((c) => `${c.table_name}.${c.column_name}`);
    expect(fractional.sort()).toEqual(['shops.latitude', 'shops.longitude']);
    const minor = list.filter((c) => c.column_name.endsWith('_minor'));
    expect(minor.map((c) => `${c.table_name}.${c.column_name}`)).toEqual(expect.arrayContaining(['plans.price_minor', 'payments.amount_minor', 'bookings.price_minor']));
    expect(minor.filter((c) => !['integer', 'bigint'].includes(c.data_type))).toEqual([]);
  });

  it.each([
    ['owner-api', ownerOpenApiDocument()],
    ['customer-api', customerOpenApiDocument()],
  ])('declares every money field of %s as an integer', (_api, document) => {
    const fields = moneyFields(document, '', []).filter((f) => f.schema['type'] === 'number' || f.schema['type'] === 'integer');
    expect(fields.length).toBeGreaterThan(3);
    expect(fields.filter((f) => f.schema['type'] !== 'integer').map((f) => f.path)).toEqual([]);
  });
});
