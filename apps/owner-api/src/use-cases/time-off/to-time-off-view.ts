import { type TimeOff } from '@salon/contracts-owner';
import { type TimeOff as TimeOffRow } from '@salon/db';

/** A stored absence as the API shows it: UTC instants. */
export function toTimeOffView(row: TimeOffRow): TimeOff {
  return {
    id: row.id,
    shopId: row.shopId,
    staffId: row.staffId,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    reason: row.reason,
  };
}
