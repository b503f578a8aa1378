import {
  and, asc, bookingHolds, dateOverrides, eq, gt, gte, inArray, isNull, lt, lte, or, sql, staff, timeOff, weeklyHours, type Database,
} from '@salon/db';
import { type OccupiedRange, type WeeklyRule, type WorkingTimeInput } from '@salon/scheduling';
import { queryBounds } from './_internal/query-bounds';

/** The engine's view of a shop for a range of local dates, plus the staff names views show. */
export type ShopSchedule = WorkingTimeInput & {
  occupied: OccupiedRange[];
  staffNames: ReadonlyMap<string, string>;
};

/**
 * Loads what the engine needs about a shop for local dates `from`..`to`: opening hours, the active
 * staff (only `staffIds` when given) and their weekly rules, date overrides, and the time off and
 * active booking holds that overlap the range (buffers included; holds are what the exclusion
 * constraint guards, so the engine sees exactly what the database will refuse). A staff member
 * with no weekly hours of their own works the shop's opening hours. With `onlyWeeklyHoursId`, that
 * one row replaces the other rules of the shop or staff member it belongs to. Five indexed queries.
 */
export async function loadShopSchedule({
  ctx,
  input,
}: {
  ctx: { db: Database };
  input: { shop: { id: string; timeZone: string }; from: string; to: string; staffIds?: readonly string[]; onlyWeeklyHoursId?: string };
}): Promise<ShopSchedule> {
  const { db } = ctx;
  const { shop } = input;
  const bounds = queryBounds(input);
  const members = await db
    .select({ id: staff.id, displayName: staff.displayName })
    .from(staff)
    .where(and(eq(staff.shopId, shop.id), eq(staff.isActive, true), isNull(staff.deletedAt), input.staffIds && inArray(staff.id, [...input.staffIds])))
    .orderBy(asc(staff.id));
  const ids = members.map((member) => member.id);
  const forStaff = <T>(query: (ids: string[]) => Promise<T[]>) => (ids.length === 0 ? Promise.resolve([] as T[]) : query(ids));
  const [weekly, overrides, absences, holds] = await Promise.all([
    db.select().from(weeklyHours).where(and(
      eq(weeklyHours.shopId, shop.id),
      or(isNull(weeklyHours.validUntil), gte(weeklyHours.validUntil, bounds.fromDate)),
      or(isNull(weeklyHours.validFrom), lte(weeklyHours.validFrom, bounds.toDate)),
    )),
    db.select().from(dateOverrides).where(and(
      eq(dateOverrides.shopId, shop.id),
      gte(dateOverrides.date, bounds.fromDate),
      lte(dateOverrides.date, bounds.toDate),
    )),
    forStaff((staffIds) => db.select().from(timeOff).where(and(
      inArray(timeOff.staffId, staffIds), lt(timeOff.startsAt, bounds.endsAt), gt(timeOff.endsAt, bounds.startsAt),
    ))),
    forStaff((staffIds) => db.select({ staffId: bookingHolds.staffId, bookingId: bookingHolds.bookingId, during: bookingHolds.during })
      .from(bookingHolds)
      .where(and(
        eq(bookingHolds.shopId, shop.id),
        eq(bookingHolds.isActive, true),
        inArray(bookingHolds.staffId, staffIds),
        sql`${bookingHolds.during} && tstzrange(${bounds.startsAt.toISOString()}::timestamptz, ${bounds.endsAt.toISOString()}::timestamptz, '[)')`,
      ))),
  ]);
  const toRule = (row: (typeof weekly)[number]): WeeklyRule => ({
    rrule: row.rrule, start: row.startLocal, end: row.endLocal, validFrom: row.validFrom, validUntil: row.validUntil,
  });
  const onlyId = input.onlyWeeklyHoursId;
  const only = onlyId === undefined ? undefined : weekly.find((row) => row.id === onlyId);
  // One schedule row asked for (the seed's per-schedule slots): it replaces the rules it belongs to;
  // a row with no validity in the range yields nothing.
  const rulesOf = (staffId: string | null) => {
    if (onlyId !== undefined && !only) return [];
    return (only && only.staffId === staffId ? [only] : weekly.filter((row) => row.staffId === staffId)).map(toRule);
  };
  const openingHours = rulesOf(null);
  return {
    timeZone: shop.timeZone,
    openingHours,
    staff: ids.map((id) => {
      const own = rulesOf(id);
      return { id, rules: own.length > 0 ? own : openingHours };
    }),
    overrides: overrides
      .filter((row) => row.staffId === null || ids.includes(row.staffId))
      .map((row) => ({
        date: row.date,
        ...(row.staffId && { staffId: row.staffId }),
        ...(row.isClosed ? { kind: 'closed' as const } : { kind: 'open' as const, windows: row.windows }),
      })),
    timeOff: absences.map((row) => ({ staffId: row.staffId, start: row.startsAt, end: row.endsAt })),
    occupied: holds.map((row) => ({ staffId: row.staffId, bookingId: row.bookingId, start: row.during.start, end: row.during.end })),
    staffNames: new Map(members.map((member) => [member.id, member.displayName])),
  };
}
