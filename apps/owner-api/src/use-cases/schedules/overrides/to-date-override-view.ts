import { type DateOverride } from '@salon/contracts-owner';
import { type DateOverride as DateOverrideRow } from '@salon/db';

/** A stored override as the API shows it. */
export function toDateOverrideView(row: DateOverrideRow): DateOverride {
  return {
    id: row.id,
    shopId: row.shopId,
    staffId: row.staffId,
    date: row.date,
    isClosed: row.isClosed,
    windows: row.windows.map(({ start, end }) => ({ start, end })),
    reason: row.reason,
  };
}
