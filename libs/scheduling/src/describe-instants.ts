import { ok, type Result } from '@salon/errors';
import { createIsoFormatter } from './_internal/create-iso-formatter';
import { type Range } from './_internal/create-range-index';
import { fail } from './_internal/fail';
import { parseInstant } from './_internal/parse-instant';
import { readZoneClock } from './_internal/read-zone-clock';
import { subtractRanges } from './_internal/subtract-ranges';
import { type InstantInput, type LocalDate, type ScheduleError } from './types';

/** An instant as a shop shows it: UTC, local wall clock with its offset, and local date. */
export type LocalInstant = { utc: string; localStart: string; localDate: LocalDate };

/**
 * Instants spelled in a shop's zone, the way slots are (`2026-03-30T09:00:00+01:00`), computed
 * from the zone's real offset at each instant, never from the process zone. Pure.
 * @example describeInstants(['2026-03-30T08:00:00Z'], 'Europe/London')
 * // ok: [{ utc: '2026-03-30T08:00:00.000Z', localStart: '2026-03-30T09:00:00+01:00', localDate: '2026-03-30' }]
 */
export function describeInstants(instants: readonly InstantInput[], timeZone: string): Result<LocalInstant[], ScheduleError> {
  const clock = readZoneClock(timeZone);
  if (!clock.ok) return clock;
  const format = createIsoFormatter();
  const described: LocalInstant[] = [];
  for (const [index, instant] of instants.entries()) {
    const ms = parseInstant(instant);
    if (ms === undefined) return fail('invalid_instant', `instants[${index}] must be an ISO instant or Date.`, `instants[${index}]`);
    const localStart = format.local(ms, clock.value.offsetAt(ms));
    described.push({ utc: format.utc(ms), localStart, localDate: localStart.slice(0, 10) });
  }
  return ok(described);
}

/**
 * Free time: `windows` (sorted, disjoint, e.g. a `WorkingDay`'s) minus `busy` ranges (any order),
 * half-open, as UTC ISO strings. Invalid instants in `busy` are an error, never ignored.
 * @example freeTimeWithin([{ start: '…T09:00Z', end: '…T12:00Z' }], [{ start: '…T10:00Z', end: '…T11:00Z' }])
 * // ok: [{ 09:00Z–10:00Z }, { 11:00Z–12:00Z }]
 */
export function freeTimeWithin(
  windows: readonly { start: InstantInput; end: InstantInput }[],
  busy: readonly { start: InstantInput; end: InstantInput }[],
): Result<{ start: string; end: string }[], ScheduleError> {
  const read = (ranges: typeof busy, path: string): Result<Range[], ScheduleError> => {
    const parsed: Range[] = [];
    for (const [index, range] of ranges.entries()) {
      const start = parseInstant(range.start);
      const end = parseInstant(range.end);
      if (start === undefined || end === undefined) return fail('invalid_instant', `${path}[${index}] needs ISO instants.`, `${path}[${index}]`);
      parsed.push({ start, end });
    }
    return ok(parsed);
  };
  const open = read(windows, 'windows');
  if (!open.ok) return open;
  const taken = read(busy, 'busy');
  if (!taken.ok) return taken;
  const format = createIsoFormatter();
  return ok(subtractRanges(open.value, taken.value).map((range) => ({ start: format.utc(range.start), end: format.utc(range.end) })));
}
