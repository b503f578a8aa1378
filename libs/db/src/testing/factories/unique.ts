import { randomBytes } from 'node:crypto';

/** A short random suffix so factory rows never collide on unique columns within one database. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

/** The first row of a result (an `insert … returning()` or a lookup by key); throws if there is none. */
export function singleRow<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('expected a row, got none');
  return row;
}
