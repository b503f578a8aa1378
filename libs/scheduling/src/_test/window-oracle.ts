import { type ScheduleInput } from '../types';
import { WEEKDAYS } from './arbitraries';
import { oracleInstant } from './oracle';

type Range = [number, number];

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The instants a staff member (or, without `staffId`, the shop) works on a local date, from the
 * rules' definitions: the date's override, else every rule whose BYDAY has that weekday. Merged in
 * instant space, independently of the engine's merging in wall-clock minutes.
 */
export function workingRanges(input: ScheduleInput, staffId: string | undefined, localDate: string): Range[] {
  const override = input.overrides.find((o) => o.date === localDate && o.staffId === staffId);
  const weekday = WEEKDAYS[new Date(`${localDate}T00:00:00Z`).getUTCDay()] as string;
  const rules = staffId === undefined ? input.openingHours : (input.staff.find((m) => m.id === staffId)?.rules ?? []);
  const windows = override
    ? override.kind === 'closed'
      ? []
      : override.windows
    : rules.filter((rule) => rule.rrule.split('BYDAY=')[1]?.split(',').includes(weekday));
  const ranges = windows
    .map((w): Range => [oracleInstant(input.timeZone, localDate, minutesOf(w.start)), oracleInstant(input.timeZone, localDate, minutesOf(w.end))])
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

export const isCovered = (ranges: Range[], start: number, end: number): boolean =>
  ranges.some(([from, to]) => from <= start && end <= to);
