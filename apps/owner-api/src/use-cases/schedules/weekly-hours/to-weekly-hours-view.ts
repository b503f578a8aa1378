import { type WeeklyHours } from '@salon/contracts-owner';
import { type WeeklyHours as WeeklyHoursRow } from '@salon/db';
import { validateWeeklyRule } from '@salon/scheduling';

/** A stored row as the API shows it; the days come from the rule's BYDAY, read by the engine. */
export function toWeeklyHoursView(row: WeeklyHoursRow): WeeklyHours {
  const rule = validateWeeklyRule({ rrule: row.rrule, start: row.startLocal, end: row.endLocal });
  return {
    id: row.id,
    shopId: row.shopId,
    staffId: row.staffId,
    rrule: row.rrule,
    daysOfWeek: rule.ok ? rule.value.daysOfWeek : [],
    startTime: row.startLocal,
    endTime: row.endLocal,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
  };
}
