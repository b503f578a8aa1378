import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { isForeignKeyViolation } from './errors';
import { MIGRATIONS_FOLDER } from './migrations';
import { useTestDatabase } from './testing';

/** The committed SQL of migration 0006, statement by statement, exactly as the migrator runs it. */
const MIGRATION_0006 = readFileSync(path.join(MIGRATIONS_FOLDER, '0006_staff_services_same_shop.sql'), 'utf8')
  .split('--> statement-breakpoint')
  .map((statement) => statement.trim())
  .filter(Boolean);

/**
 * staff_services as migrations 0000–0003 left it: no shop_id, one-column keys to staff and services,
 * and none of the later cache-version triggers (their deferred events would block the ALTERs).
 */
const BEFORE_0006 = [
  ...['shops', 'staff', 'services', 'staff_services'].map((table) => `alter table ${table} disable trigger user`),
  'alter table staff_services drop column shop_id',
  'alter table staff_services add constraint staff_services_staff_id_staff_id_fk foreign key (staff_id) references staff(id) on delete cascade',
  'alter table staff_services add constraint staff_services_service_id_services_id_fk foreign key (service_id) references services(id) on delete cascade',
];

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const ANN = '00000000-0000-4000-8000-0000000000a1';
const CUT = '00000000-0000-4000-8000-0000000000a2';
const DYE = '00000000-0000-4000-8000-0000000000b2';

const rowsOf = (result: unknown) => ((result as { rows?: unknown[] }).rows ?? (result as unknown[])) as Record<string, unknown>[];

describe('migration 0006: staff_services.shop_id', () => {
  const database = useTestDatabase();

  it('gives existing rows their staff member\'s shop, then refuses a cross-shop row', async () => {
    const { db } = database();
    await db.transaction(async (tx) => {
      for (const statement of BEFORE_0006) await tx.execute(sql.raw(statement));
      for (const statement of [
        `insert into users (id, clerk_user_id, roles) values ('00000000-0000-4000-8000-000000000001', 'user_mig', array['owner'])`,
        `insert into owners (id, user_id, business_name) values ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'Mig')`,
        `insert into shops (id, owner_id, name, time_zone, currency) values
          ('${A}', '00000000-0000-4000-8000-000000000002', 'A', 'Europe/London', 'GBP'),
          ('${B}', '00000000-0000-4000-8000-000000000002', 'B', 'Europe/London', 'GBP')`,
        `insert into staff (id, shop_id, display_name) values ('${ANN}', '${A}', 'Ann')`,
        `insert into services (id, shop_id, name, price_minor, duration_minutes) values ('${CUT}', '${A}', 'Cut', 2500, 30), ('${DYE}', '${B}', 'Dye', 5000, 60)`,
        `insert into staff_services (staff_id, service_id, price_minor) values ('${ANN}', '${CUT}', 3000)`,
      ]) {
        await tx.execute(sql.raw(statement));
      }
      for (const statement of MIGRATION_0006) await tx.execute(sql.raw(statement));
    });

    const rows = rowsOf(await db.execute(sql`select shop_id, staff_id, service_id, price_minor from staff_services`));
    expect(rows).toEqual([{ shop_id: A, staff_id: ANN, service_id: CUT, price_minor: 3000 }]);
    const crossShop = db.execute(sql.raw(`insert into staff_services (shop_id, staff_id, service_id) values ('${A}', '${ANN}', '${DYE}')`));
    expect(isForeignKeyViolation(await crossShop.then(() => undefined, (error: unknown) => error))).toBe(true);
    const nullShop = db.execute(sql.raw(`insert into staff_services (staff_id, service_id) values ('${ANN}', '${DYE}')`));
    await expect(nullShop).rejects.toThrow();
  });
});
