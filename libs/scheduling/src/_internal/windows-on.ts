import { DAY_MS, MINUTE_MS } from './constants';
import { type Range } from './create-range-index';
import { type ZoneClock } from './create-zone-clock';
import { mergeWindows } from './merge-windows';
import { type Calendar, type MinuteWindow } from './schedule';

/** The wall-clock windows of one local date: the date's override if any, else every rule occurring that day. */
function localWindowsOn(calendar: Calendar, day: number): readonly MinuteWindow[] {
  const override = calendar.overrides.get(day);
  if (override) return override;
  const windows: MinuteWindow[] = [];
  for (const rule of calendar.rules) if (rule.days.has(day)) windows.push(rule.window);
  return windows;
}

/**
 * The windows of one local date as real time (rule 2: a window is the stretch between the instants
 * of its local start and end), each converted on its own and only then joined where they overlap or
 * touch. Joining in wall-clock minutes first would be wrong on a spring-forward night: local→UTC is
 * not monotonic inside the gap (02:05 becomes 03:05, later than 03:00), so 00:10–03:00 ∪ 02:05–03:05
 * would claim 03:00–03:05, which neither window covers.
 */
export function windowsOn(clock: ZoneClock, calendar: Calendar, day: number): Range[] {
  const base = day * DAY_MS;
  const ranges: Range[] = [];
  for (const window of localWindowsOn(calendar, day)) {
    const start = clock.toInstant(base + window.start * MINUTE_MS);
    const end = clock.toInstant(base + window.end * MINUTE_MS);
    if (start < end) ranges.push({ start, end });
  }
  return mergeWindows(ranges);
}
