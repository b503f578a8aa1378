import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from './client';
import { checkMigrations, migrate, MIGRATIONS_FOLDER } from './migrations';
import { users } from './schema/users';
import { createTestDatabase, describeWithPostgres } from './testing';
import { assertVmModulesUnderJest } from './testing/assert-vm-modules';
import { openScratchPostgres } from './testing/postgres-template';
import { type DatabaseHandle } from './types';

/** Every migration committed in the journal; the assertions below need all of them applied. */
const EXPECTED = (JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] })
  .entries.length;
/**
 * A fresh PGlite runs initdb: about 1–2 s idle, over 5 s (Jest's default hook timeout) when
 * several Jest processes share two cores. The preset's testTimeout does not apply in the root
 * multi-project run, where it is a global option.
 */
const FRESH_DATABASE_TIMEOUT_MS = 30_000;

/** The same checks on an empty database of either driver. */
function itMigratesFromScratch(open: () => Promise<DatabaseHandle>) {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await open();
  }, FRESH_DATABASE_TIMEOUT_MS);
  afterAll(() => handle.close());

  it('is not ready before migrating: no drizzle.__drizzle_migrations table', async () => {
    await expect(checkMigrations(handle)).resolves.toEqual({ ok: false, applied: 0, expected: EXPECTED });
  });

  it('applies every migration and is ready afterwards', async () => {
    await migrate(handle);
    await expect(checkMigrations(handle)).resolves.toEqual({ ok: true, applied: EXPECTED, expected: EXPECTED });
    await expect(handle.db.select().from(users)).resolves.toEqual([]);
  });

  it('does nothing when run again', async () => {
    await migrate(handle);
    await expect(checkMigrations(handle)).resolves.toEqual({ ok: true, applied: EXPECTED, expected: EXPECTED });
  });

  it('is not ready when the code carries a migration the database lacks', async () => {
    const folder = await copyWithExtraMigration();
    try {
      await expect(checkMigrations(handle, { migrationsFolder: folder })).resolves.toEqual({
        ok: false,
        applied: EXPECTED,
        expected: EXPECTED + 1,
      });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
}

/** The committed migrations plus an empty one dated after them, in a temporary folder. */
async function copyWithExtraMigration(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'salon-migrations-'));
  await cp(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: { when: number; tag: string }[] };
  const last = journal.entries.at(-1)?.when ?? 0;
  journal.entries.push({ ...journal.entries[0], when: last + 1, tag: '9999_pending' } as { when: number; tag: string });
  await writeFile(journalFile, JSON.stringify(journal));
  await writeFile(path.join(folder, '9999_pending.sql'), 'select 1;');
  return folder;
}

describe('the migrations journal', () => {
  it('dates every migration after the one before: the migrator skips any dated before the last applied', () => {
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: { idx: number; when: number }[] };
    journal.entries.forEach((entry, index) => {
      expect(entry.idx).toBe(index);
      if (index > 0) expect(entry.when).toBeGreaterThan(journal.entries[index - 1]!.when);
    });
  });
});

describe('migrations on a fresh in-memory PGlite', () => {
  itMigratesFromScratch(() => {
    assertVmModulesUnderJest();
    return createDatabase({});
  });

  it('rejects the readiness check when the database is gone', async () => {
    const closed = await createTestDatabase();
    await closed.close();
    await expect(checkMigrations(closed)).rejects.toThrow();
    await expect(closed.ping()).rejects.toThrow();
  });
});

describeWithPostgres('migrations on an empty PostgreSQL database', () => {
  itMigratesFromScratch(() => openScratchPostgres(process.env['DATABASE_URL'] ?? '', { maxConnections: 2 }));
});
