import { executePrepared, sql, type Database, type LocalWindow, type SQL } from '@salon/db';
import { type OccupiedRange, type WeeklyRule, type WorkingTimeInput } from '@salon/scheduling';
import { scheduleSelect, type OccupiedWindow } from './_internal/schedule-statement';

type RawSchedule = {
  members: { id: string; displayName: string }[];
  weekly: { id: string; staffId: string | null; rrule: string; startLocal: string; endLocal: string; validFrom: string | null; validUntil: string | null }[];
  overrides: { date: string; staffId: string | null; isClosed: boolean; windows: LocalWindow[] }[];
  timeOff: { staffId: string; startsAt: string; endsAt: string }[];
  /** Column arrays with epoch milliseconds: a busy week has hundreds of holds, and formatting and
   * re-parsing two timestamps per hold as text was most of the statement's cost (PostgreSQL and Node). */
  holds: { staffIds: string[]; bookingIds: string[]; startMs: number[]; endMs: number[] };
};

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
 * one row replaces the other rules of the shop or staff member it belongs to. `occupiedWithin` (UTC
 * instants) reads only the time off and holds overlapping it: a caller that knows the span its
 * engine call can see (checkServiceSlot: one local date plus the service) loads a day, not five.
 * One statement, one round trip.
 */
export async function loadShopSchedule({
  ctx,
  input,
}: {
  ctx: { db: Database };
  input: { shop: { id: string; timeZone: string }; from: string; to: string; staffIds?: readonly string[]; onlyWeeklyHoursId?: string; occupiedWithin?: OccupiedWindow };
}): Promise<ShopSchedule> {
  // One round trip, prepared: no parse per call (see executePrepared).
  const rows = await executePrepared<{ schedule: unknown }>(ctx.db, scheduleSelect(sql`${input.shop.id}`, staffCondition(input.staffIds), input, input.occupiedWithin));
  return toShopSchedule(rows[0]?.schedule, input);
}

/**
 * Which staff rows the schedule statement keeps (a condition on `staff.id`), one statement text per
 * shape, each prepared on its own: all of them, one stylist (a named stylist's booking check: with
 * `id = $1` PostgreSQL keeps one generic plan instead of planning the whole statement, ~0.2 ms, on
 * every booking), or a list of ids.
 */
function staffCondition(staffIds: readonly string[] | undefined): SQL {
  if (!staffIds) return sql`true`;
  if (staffIds.length === 1) return sql`id = ${staffIds[0]}::uuid`;
  return sql`id = any(string_to_array(${staffIds.join(',')}::text, ',')::uuid[])`;
}

/**
 * The engine's view of one shop from the schedule statement's json (see scheduleSelect). With
 * `onlyWeeklyHoursId`, that one row replaces the other rules of the shop or staff member it belongs to.
 */
export function toShopSchedule(raw: unknown, input: { shop: { timeZone: string }; onlyWeeklyHoursId?: string }): ShopSchedule {
  const { shop } = input;
  const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as RawSchedule;
  const { members, weekly, overrides } = parsed;
  const ids = members.map((member) => member.id);
  const absences = parsed.timeOff;
  const holds = parsed.holds;
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
    timeOff: absences.map((row) => ({ staffId: row.staffId, start: new Date(row.startsAt), end: new Date(row.endsAt) })),
    occupied: holds.staffIds.map((staffId, index) => ({
      staffId, bookingId: holds.bookingIds[index]!, start: new Date(holds.startMs[index]!), end: new Date(holds.endMs[index]!),
    })),
    staffNames: new Map(members.map((member) => [member.id, member.displayName])),
  };
}
