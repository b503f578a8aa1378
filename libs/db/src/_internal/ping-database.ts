import { sql } from 'drizzle-orm';
import { type Database } from '../types';

/** Resolves when the database answers; used by every handle's `ping()`. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}
