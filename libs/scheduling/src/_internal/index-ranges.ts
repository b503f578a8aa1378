import { ok, type Result } from '@salon/errors';
import { type ScheduleError } from '../types';
import { type Range } from './create-range-index';
import { fail } from './fail';
import { parseInstant } from './parse-instant';

type RawEntry = { staffId?: unknown; bookingId?: unknown; start?: unknown; end?: unknown; status?: unknown } | null | undefined;

const STATUSES: ReadonlySet<unknown> = new Set(['pending', 'confirmed', 'completed', 'cancelled', 'no_show']);

export type RangeFilter = {
  /** Only ranges of these staff are kept (the service's performers). */
  staffIds: ReadonlySet<string>;
  /** Only ranges overlapping `[fromMs, toMs)` are kept: the rest cannot touch the queried dates. */
  fromMs: number;
  toMs: number;
  /** `occupied` entries carry a booking id; `ignoreBookingId` drops the booking being moved. */
  hasBookingId: boolean;
  ignoreBookingId?: string;
};

/**
 * Validates every entry (time off or occupied ranges) and groups the relevant ones by staff. The
 * caller may pass every booking of the shop, so this one pass allocates nothing for an entry it
 * drops; the per-slot work later only touches the kept ranges.
 */
export function indexRanges(
  entries: unknown,
  path: string,
  filter: RangeFilter,
): Result<Map<string, Range[]>, ScheduleError> {
  if (!Array.isArray(entries)) return fail('invalid_type', `${path} must be an array.`, path);
  const byStaff = new Map<string, Range[]>();
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index] as RawEntry;
    const start = parseInstant(entry?.start);
    const end = parseInstant(entry?.end);
    const staffId = entry?.staffId;
    const isValid =
      typeof staffId === 'string' &&
      (!filter.hasBookingId || typeof entry?.bookingId === 'string') &&
      start !== undefined &&
      end !== undefined &&
      start < end &&
      (!filter.hasBookingId || entry?.status === undefined || STATUSES.has(entry.status));
    if (!isValid) return explainInvalid(entry, `${path}[${index}]`, filter.hasBookingId);
    // Rule 6 in the engine itself: a cancelled booking occupies nothing, whoever forgot to filter it.
    if (filter.hasBookingId && entry?.status === 'cancelled') continue;
    if (start >= filter.toMs || end <= filter.fromMs || !filter.staffIds.has(staffId)) continue;
    if (filter.hasBookingId && entry?.bookingId === filter.ignoreBookingId) continue;
    const list = byStaff.get(staffId);
    if (list) list.push({ start, end });
    else byStaff.set(staffId, [{ start, end }]);
  }
  return ok(byStaff);
}

function explainInvalid(entry: RawEntry, at: string, hasBookingId: boolean): Result<never, ScheduleError> {
  if (typeof entry !== 'object' || entry === null) return fail('invalid_type', `${at} must be an object.`, at);
  if (typeof entry.staffId !== 'string') {
    return fail('invalid_type', `${at}.staffId must be a string.`, `${at}.staffId`);
  }
  if (hasBookingId && typeof entry.bookingId !== 'string') {
    return fail('invalid_type', `${at}.bookingId must be a string.`, `${at}.bookingId`);
  }
  if (parseInstant(entry.start) === undefined) {
    return fail('invalid_instant', `${at}.start must be an ISO instant or Date.`, `${at}.start`);
  }
  if (parseInstant(entry.end) === undefined) {
    return fail('invalid_instant', `${at}.end must be an ISO instant or Date.`, `${at}.end`);
  }
  if (hasBookingId && entry.status !== undefined && !STATUSES.has(entry.status)) {
    return fail('invalid_type', `${at}.status must be a booking status.`, `${at}.status`);
  }
  return fail('invalid_range', `${at}.end must be after its start.`, `${at}.end`);
}
