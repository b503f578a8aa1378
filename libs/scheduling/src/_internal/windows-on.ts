import { DAY_MS, MINUTE_MS, MINUTES_PER_DAY } from './constants';
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

/**
 * The stretches of real time a calendar works that can hold a start on local date `day`: the
 * date's own windows plus the part after midnight of the previous date's overnight windows (a
 * window belongs to the date it starts on: Monday's 22:30–01:30 still runs after Tuesday's
 * midnight, whatever Tuesday's own rules or override say). Without overnight windows this is
 * exactly {@link windowsOn}.
 */
export function workingStretchesOn(clock: ZoneClock, calendar: Calendar, day: number): Range[] {
  const own = windowsOn(clock, calendar, day);
  if (!hasOvernight(calendar)) return own;
  const spill = overnightOf(clock, calendar, day - 1);
  return spill.length === 0 ? own : mergeWindows([...own, ...spill]);
}

/**
 * The shop bound for starts on `day`: the windows of the date before, the date and the date after,
 * so that a staff member's overnight window is cut by the shop only where the shop is closed (not
 * at midnight: that would move its grid), and a service may run past midnight into the next date.
 * Without overnight windows the neighbours only touch `day`'s windows, so nothing changes.
 */
export function shopBoundOn(clock: ZoneClock, calendar: Calendar, day: number): Range[] {
  return mergeWindows([...windowsOn(clock, calendar, day - 1), ...windowsOn(clock, calendar, day), ...windowsOn(clock, calendar, day + 1)]);
}

// Per calendar object (one call's), so a shop without overnight windows pays one scan, not one per date.
const OVERNIGHT = new WeakMap<Calendar, boolean>();

function hasOvernight(calendar: Calendar): boolean {
  let has = OVERNIGHT.get(calendar);
  if (has === undefined) {
    has = calendar.rules.some((rule) => rule.window.end > MINUTES_PER_DAY);
    for (const windows of calendar.overrides.values()) has = has || windows.some((window) => window.end > MINUTES_PER_DAY);
    OVERNIGHT.set(calendar, has);
  }
  return has;
}

function overnightOf(clock: ZoneClock, calendar: Calendar, day: number): Range[] {
  const base = day * DAY_MS;
  const ranges: Range[] = [];
  for (const window of localWindowsOn(calendar, day)) {
    if (window.end <= MINUTES_PER_DAY) continue;
    const start = clock.toInstant(base + window.start * MINUTE_MS);
    const end = clock.toInstant(base + window.end * MINUTE_MS);
    if (start < end) ranges.push({ start, end });
  }
  return ranges;
}
