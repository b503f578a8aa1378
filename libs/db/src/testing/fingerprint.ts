import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_FOLDER } from '../migrations';

/**
 * A short hash of everything that shapes a migrated test database: the journal, each migration's
 * SQL and the PGlite version. Templates and snapshots are named after it, so a changed migration
 * builds a new one and nothing stale is ever cloned.
 */
export function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  const journal = readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8');
  hash.update(journal);
  for (const { tag } of (JSON.parse(journal) as { entries: { tag: string }[] }).entries) {
    hash.update(readFileSync(path.join(MIGRATIONS_FOLDER, `${tag}.sql`)));
  }
  hash.update(pgliteVersion());
  return hash.digest('hex').slice(0, 12);
}

function pgliteVersion(): string {
  // The package's exports map hides package.json; find it beside the resolved entry point.
  const entry = require.resolve('@electric-sql/pglite');
  const manifest = path.join(path.dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
