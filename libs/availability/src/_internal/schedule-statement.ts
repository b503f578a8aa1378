import { sql, type SQL } from '@salon/db';
import { queryBounds } from './query-bounds';

/** UTC instants, half-open: only time off and holds overlapping them are read. */
export type OccupiedWindow = { startsAt: Date; endsAt: Date };

/**
 * The schedule statement (`with members … select … as schedule`): one json object of a shop's active staff (those `staffCondition`,
 * a condition on `staff.id`, keeps), weekly_hours valid in the range, date_overrides in the range,
 * the members' time_off and the active booking_holds overlapping the range. Every part is a subquery
 * on its own index (staff by shop, weekly_hours and date_overrides by shop, time_off (staff_id,
 * starts_at), the active holds' (shop_id, during) GiST). `shopId` may be a parameter or a column of
 * an outer query (the batch loader runs it per row). `occupiedWithin` narrows the time off and holds
 * read to those overlapping it (default: queryBounds' zone-blind margin, five days for one date).
 */
export function scheduleSelect(shopId: SQL, staffCondition: SQL, range: { from: string; to: string }, occupiedWithin?: OccupiedWindow): SQL {
  const bounds = queryBounds(range);
  const from = (occupiedWithin ?? bounds).startsAt.toISOString();
  const until = (occupiedWithin ?? bounds).endsAt.toISOString();
  return sql`
    with members as (
      select id, display_name from staff
      where shop_id = ${shopId} and is_active and deleted_at is null and ${staffCondition}
    )
    select json_build_object(
      'members', (select coalesce(json_agg(json_build_object('id', id, 'displayName', display_name) order by id), '[]') from members),
      'weekly', (select coalesce(json_agg(json_build_object('id', id, 'staffId', staff_id, 'rrule', rrule, 'startLocal', start_local,
          'endLocal', end_local, 'validFrom', valid_from, 'validUntil', valid_until)), '[]') from weekly_hours
        where shop_id = ${shopId} and (valid_until is null or valid_until >= ${bounds.fromDate}::date)
          and (valid_from is null or valid_from <= ${bounds.toDate}::date)),
      'overrides', (select coalesce(json_agg(json_build_object('date', date, 'staffId', staff_id, 'isClosed', is_closed, 'windows', windows)), '[]')
        from date_overrides where shop_id = ${shopId} and date >= ${bounds.fromDate}::date and date <= ${bounds.toDate}::date),
      'timeOff', (select coalesce(json_agg(json_build_object('staffId', staff_id, 'startsAt', starts_at, 'endsAt', ends_at)), '[]')
        from time_off where staff_id in (select id from members) and starts_at < ${until}::timestamptz and ends_at > ${from}::timestamptz),
      'holds', (select json_build_object('staffIds', coalesce(json_agg(staff_id), '[]'), 'bookingIds', coalesce(json_agg(booking_id), '[]'),
          'startMs', coalesce(json_agg((date_part('epoch', lower(during)) * 1000)::int8), '[]'),
          'endMs', coalesce(json_agg((date_part('epoch', upper(during)) * 1000)::int8), '[]'))
        from members m cross join lateral (
          select staff_id, booking_id, during from booking_holds
          where shop_id = ${shopId} and is_active and staff_id = m.id and during && tstzrange(${from}::timestamptz, ${until}::timestamptz, '[)')
          offset 0
        ) h)
    ) as schedule`;
}
