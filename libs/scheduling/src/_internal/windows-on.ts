import { mergeWindows } from './merge-windows';
import { type Calendar, type MinuteWindow } from './schedule';

/** The windows of one local date: the date's override if any, else every rule occurring that day. */
export function windowsOn(calendar: Calendar, day: number): MinuteWindow[] {
  const override = calendar.overrides.get(day);
  if (override) return override;
  const windows: MinuteWindow[] = [];
  for (const rule of calendar.rules) if (rule.days.has(day)) windows.push(rule.window);
  return mergeWindows(windows);
}
