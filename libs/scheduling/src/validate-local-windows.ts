import { ok, type Result } from '@salon/errors';
import { fail } from './_internal/fail';
import { parseWindow } from './_internal/parse-window';
import { type LocalWindow, type ScheduleError } from './types';

/**
 * Checks the replacement windows of a date override with the engine's own parser: each
 * `{ start, end }` is `HH:mm` (`24:00` only as an end) with its end after its start, and no two
 * windows overlap. Windows that only touch (09:00–12:00, 12:00–15:00) are allowed; the engine joins
 * them. `path` of an error is e.g. `windows[1].end`. Returns the windows sorted by start.
 *
 * @example
 * validateLocalWindows([{ start: '14:00', end: '18:00' }, { start: '09:00', end: '13:00' }]);
 * // { ok: true, value: [{ start: '09:00', end: '13:00' }, { start: '14:00', end: '18:00' }] }
 * validateLocalWindows([{ start: '09:00', end: '13:00' }, { start: '12:00', end: '15:00' }]);
 * // { ok: false, error: { code: 'invalid_window', path: 'windows[1]', message: '…overlaps windows[0]…' } }
 */
export function validateLocalWindows(windows: readonly LocalWindow[]): Result<LocalWindow[], ScheduleError> {
  if (!Array.isArray(windows)) return fail('invalid_type', 'windows must be an array.', 'windows');
  const parsed: { index: number; start: number; end: number; window: LocalWindow }[] = [];
  for (const [index, window] of windows.entries()) {
    const minutes = parseWindow(window, `windows[${index}]`);
    if (!minutes.ok) return minutes;
    parsed.push({ index, ...minutes.value, window: { start: window.start, end: window.end } });
  }
  parsed.sort((a, b) => a.start - b.start || a.index - b.index);
  for (let i = 1; i < parsed.length; i += 1) {
    const [before, after] = [parsed[i - 1]!, parsed[i]!];
    if (after.start < before.end) {
      const [first, second] = before.index < after.index ? [before, after] : [after, before];
      const message = `windows[${second.index}] overlaps windows[${first.index}]; windows of one date may touch but not overlap.`;
      return fail('invalid_window', message, `windows[${second.index}]`);
    }
  }
  return ok(parsed.map((item) => item.window));
}
