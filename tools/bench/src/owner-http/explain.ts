import { and, bookingHolds, eq, gt, inArray, lt, sql, timeOff, type Database, type SQL } from '@salon/db';
import { rowsOf } from './rows-of';

const DAY_MS = 86_400_000;

export type PlanReport = { name: string; plan: string[]; indexes: string[]; seqScans: string[] };

/** Thrown to roll back the experimental index; carries what was measured. */
class Rollback extends Error {
  constructor(readonly report: PlanReport) {
    super('rollback');
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of `query`, with the indexes it used and any seq scans; `setup` runs first in a rolled-back transaction. */
export async function explain(db: Database, name: string, query: SQL, setup: SQL[] = []): Promise<PlanReport> {
  const run = async (tx: Database) => {
    for (const statement of setup) await tx.execute(statement);
    const rows = rowsOf<{ 'QUERY PLAN': string }>(await tx.execute(sql`explain (analyze, buffers) ${query}`));
    const plan = rows.map((row) => row['QUERY PLAN']);
    const indexes = plan.flatMap((line) => [...line.matchAll(/Index (?:Only )?Scan using (\S+)|Bitmap Index Scan on (\S+)/g)].map((m) => (m[1] ?? m[2])!));
    return { name, plan, indexes: [...new Set(indexes)], seqScans: plan.filter((line) => line.includes('Seq Scan on')).map((line) => line.trim()) };
  };
  if (setup.length === 0) return run(db);
  // Settings and experimental indexes live in a transaction that is always rolled back.
  try {
    await db.transaction(async (tx) => {
      throw new Rollback(await run(tx as unknown as Database));
    });
  } catch (error) {
    if (error instanceof Rollback) return error.report;
    throw error;
  }
  throw new Error('unreachable');
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the two loader queries whose tables grow with history, built with
 * exactly the conditions loadShopSchedule (libs/availability) uses for local dates `from`..`to`
 * (its query bounds: from − 2 days to to + 3 days). Also: time_off with seq scans off (a tiny
 * table is always seq-scanned), and the holds query reshaped so that each staff id is an index
 * condition of the exclusion constraint's GiST index (GiST cannot use `staff_id = ANY(...)`).
 */
export async function explainLoaderQueries(db: Database, input: { shopId: string; staffIds: string[]; from: string; to: string }): Promise<PlanReport[]> {
  const startsAt = new Date(Date.parse(`${input.from}T00:00:00Z`) - 2 * DAY_MS);
  const endsAt = new Date(Date.parse(`${input.to}T00:00:00Z`) + 3 * DAY_MS);
  const holds = db
    .select({ staffId: bookingHolds.staffId, bookingId: bookingHolds.bookingId, during: bookingHolds.during })
    .from(bookingHolds)
    .where(and(
      eq(bookingHolds.shopId, input.shopId),
      eq(bookingHolds.isActive, true),
      inArray(bookingHolds.staffId, input.staffIds),
      sql`${bookingHolds.during} && tstzrange(${startsAt.toISOString()}::timestamptz, ${endsAt.toISOString()}::timestamptz, '[)')`,
    ))
    .getSQL();
  const absences = db
    .select()
    .from(timeOff)
    .where(and(inArray(timeOff.staffId, input.staffIds), lt(timeOff.startsAt, endsAt), gt(timeOff.endsAt, startsAt)))
    .getSQL();
  return [
    await explain(db, 'booking_holds', holds),
    await explain(db, 'booking_holds, one index probe per staff member (unnest join)', sql`
      select h.staff_id, h.booking_id, h.during
      from unnest(${`{${input.staffIds.join(',')}}`}::uuid[]) as s(id)
      join ${bookingHolds} h on h.staff_id = s.id
      where h.shop_id = ${input.shopId} and h.is_active
        and h.during && tstzrange(${startsAt.toISOString()}::timestamptz, ${endsAt.toISOString()}::timestamptz, '[)')`),
    await explain(db, 'time_off', absences),
    await explain(db, 'time_off, enable_seqscan off', absences, [sql`set local enable_seqscan = off`]),
  ];
}
