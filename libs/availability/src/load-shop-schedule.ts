import { executePrepared, sql, type Database, type LocalWindow } from '@salon/db';
import { type OccupiedRange, type WeeklyRule, type WorkingTimeInput } from '@salon/scheduling';
import { queryBounds } from './_internal/query-bounds';

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
 * one row replaces the other rules of the shop or staff member it belongs to. One statement, one round trip.
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
  // One round trip: every part is a subquery on its own index (staff by shop, weekly_hours and
  // date_overrides by shop, time_off (staff_id, starts_at), the active holds' (shop_id, during) GiST).
  const staffFilter = input.staffIds ? input.staffIds.join(',') : null;
  const from = bounds.startsAt.toISOString();
  const until = bounds.endsAt.toISOString();
  // Prepared: one round trip and no parse per call (see executePrepared).
  const rows = await executePrepared<{ schedule: unknown }>(db, sql`
    with members as (
      select id, display_name from staff
      where shop_id = ${shop.id} and is_active and deleted_at is null
        and (${staffFilter}::text is null or id = any(string_to_array(${staffFilter}::text, ',')::uuid[]))
    )
    select json_build_object(
      'members', (select coalesce(json_agg(json_build_object('id', id, 'displayName', display_name) order by id), '[]') from members),
      'weekly', (select coalesce(json_agg(json_build_object('id', id, 'staffId', staff_id, 'rrule', rrule, 'startLocal', start_local,
          'endLocal', end_local, 'validFrom', valid_from, 'validUntil', valid_until)), '[]') from weekly_hours
        where shop_id = ${shop.id} and (valid_until is null or valid_until >= ${bounds.fromDate}::date)
          and (valid_from is null or valid_from <= ${bounds.toDate}::date)),
      'overrides', (select coalesce(json_agg(json_build_object('date', date, 'staffId', staff_id, 'isClosed', is_closed, 'windows', windows)), '[]')
        from date_overrides where shop_id = ${shop.id} and date >= ${bounds.fromDate}::date and date <= ${bounds.toDate}::date),
      'timeOff', (select coalesce(json_agg(json_build_object('staffId', staff_id, 'startsAt', starts_at, 'endsAt', ends_at)), '[]')
        from time_off where staff_id in (select id from members) and starts_at < ${until}::timestamptz and ends_at > ${from}::timestamptz),
      'holds', (select json_build_object('staffIds', coalesce(json_agg(staff_id), '[]'), 'bookingIds', coalesce(json_agg(booking_id), '[]'),
          'startMs', coalesce(json_agg((date_part('epoch', lower(during)) * 1000)::int8), '[]'),
          'endMs', coalesce(json_agg((date_part('epoch', upper(during)) * 1000)::int8), '[]'))
        from booking_holds where shop_id = ${shop.id} and is_active and staff_id in (select id from members)
          and during && tstzrange(${from}::timestamptz, ${until}::timestamptz, '[)'))
    ) as schedule`);
  const raw = rows[0]?.schedule;
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
