import { ok, type Result } from '@salon/errors';
import { type ScheduleError } from '../types';
import { MINUTES_PER_DAY } from './constants';
import { fail } from './fail';
import { parseLocalTime } from './parse-local-time';
import { type MinuteWindow } from './schedule';

/**
 * `{ start: "HH:mm", end: "HH:mm" }` → minutes. An end at or before the start (other than the same
 * time) is an overnight window: it ends at that wall-clock time on the next local date
 * (`22:30`–`01:30` → 1350–1530), and it belongs to the date it starts on.
 */
export function parseWindow(value: unknown, path: string): Result<MinuteWindow, ScheduleError> {
  if (typeof value !== 'object' || value === null) return fail('invalid_type', `${path} must be an object.`, path);
  const { start, end } = value as { start?: unknown; end?: unknown };
  const startMinute = parseLocalTime(start, false);
  if (startMinute === undefined) return fail('invalid_time', `${path}.start must be "HH:mm".`, `${path}.start`);
  const endMinute = parseLocalTime(end, true);
  if (endMinute === undefined) return fail('invalid_time', `${path}.end must be "HH:mm".`, `${path}.end`);
  if (endMinute === startMinute) {
    const message = `${path}.end must differ from its start (an end before the start crosses midnight).`;
    return fail('invalid_window', message, `${path}.end`);
  }
  return ok({ start: startMinute, end: endMinute < startMinute ? endMinute + MINUTES_PER_DAY : endMinute });
}
