import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createDatabase } from './client';
import { isForeignKeyViolation } from './errors';
import { migrate, MIGRATIONS_FOLDER } from './migrations';
import { describeWithPostgres } from './testing';
import { assertVmModulesUnderJest } from './testing/assert-vm-modules';
import { openScratchPostgres } from './testing/postgres-template';
import { type DatabaseHandle } from './types';

const FRESH_DATABASE_TIMEOUT_MS = 30_000;
const BEFORE = '0004_staff_services_same_shop';

/** The committed migrations up to (not including) `tag`, in a temporary folder. */
async function migrationsBefore(tag: string): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'salon-migrations-'));
  await cp(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const index = journal.entries.findIndex((entry) => entry.tag === tag);
  if (index < 0) throw new Error(`no migration ${tag}`);
  await writeFile(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, index) }));
  return folder;
}

const rowsOf = (result: unknown) => ((result as { rows?: unknown[] }).rows ?? (result as unknown[])) as Record<string, unknown>[];

function itBackfillsShopId(open: () => Promise<DatabaseHandle>) {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await open();
  }, FRESH_DATABASE_TIMEOUT_MS);
  afterAll(() => handle.close());

  it('gives existing rows their staff member\'s shop, then refuses a cross-shop row', async () => {
    const folder = await migrationsBefore(BEFORE);
    try {
      await migrate(handle, { migrationsFolder: folder });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    const { db } = handle;
    for (const statement of [
      `insert into users (id, clerk_user_id, roles) values ('00000000-0000-4000-8000-000000000001', 'user_mig', array['owner'])`,
      `insert into owners (id, user_id, business_name) values ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'Mig')`,
      `insert into shops (id, owner_id, name, time_zone, currency) values
          ('00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-000000000002', 'A', 'Europe/London', 'GBP'),
          ('00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-000000000002', 'B', 'Europe/London', 'GBP')`,
      `insert into staff (id, shop_id, display_name) values ('00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000000a', 'Ann')`,
      `insert into services (id, shop_id, name, price_minor, duration_minutes) values
          ('00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-00000000000a', 'Cut', 2500, 30),
          ('00000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-00000000000b', 'Dye', 5000, 60)`,
      `insert into staff_services (staff_id, service_id) values ('00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2')`,
    ]) {
      await db.execute(sql.raw(statement));
    }
    await migrate(handle);
    const rows = rowsOf(await db.execute(sql`select shop_id from staff_services`));
    expect(rows).toEqual([{ shop_id: '00000000-0000-4000-8000-00000000000a' }]);
    const crossShop = db.execute(sql`
      insert into staff_services (shop_id, staff_id, service_id)
      values ('00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000b2')`);
    const error = await crossShop.then(() => undefined, (caught: unknown) => caught);
    expect(isForeignKeyViolation(error)).toBe(true);
  });
}

describe('migration 0004 (staff_services.shop_id) on PGlite', () => {
  itBackfillsShopId(() => {
    assertVmModulesUnderJest();
    return createDatabase({});
  });
});

describeWithPostgres('migration 0004 (staff_services.shop_id) on PostgreSQL', () => {
  itBackfillsShopId(() => openScratchPostgres(process.env['DATABASE_URL'] ?? '', { maxConnections: 2 }));
});
