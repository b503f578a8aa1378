import { ok, type Result } from '@salon/errors';
import { type ScheduleError } from '../types';
import { fail } from './fail';
import { parseLocalTime } from './parse-local-time';
import { type MinuteWindow } from './schedule';

/** `{ start: "HH:mm", end: "HH:mm" }` → minutes, refusing an end that is not after the start. */
export function parseWindow(value: unknown, path: string): Result<MinuteWindow, ScheduleError> {
  if (typeof value !== 'object' || value === null) return fail('invalid_type', `${path} must be an object.`, path);
  const { start, end } = value as { start?: unknown; end?: unknown };
  const startMinute = parseLocalTime(start, false);
  if (startMinute === undefined) return fail('invalid_time', `${path}.start must be "HH:mm".`, `${path}.start`);
  const endMinute = parseLocalTime(end, true);
  if (endMinute === undefined) return fail('invalid_time', `${path}.end must be "HH:mm".`, `${path}.end`);
  if (endMinute <= startMinute) {
    const message = `${path}.end must be after its start (windows do not cross midnight).`;
    return fail('invalid_window', message, `${path}.end`);
  }
  return ok({ start: startMinute, end: endMinute });
}
