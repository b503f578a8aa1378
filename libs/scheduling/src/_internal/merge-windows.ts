import { type MinuteWindow } from './schedule';

/**
 * Sorts windows and joins those that overlap or touch, so that a service may run across two
 * back-to-back windows (09:00–12:00 and 12:00–15:00 are one stretch of work).
 */
export function mergeWindows(windows: readonly MinuteWindow[]): MinuteWindow[] {
  const sorted = [...windows].sort((a, b) => a.start - b.start);
  const merged: MinuteWindow[] = [];
  for (const window of sorted) {
    const last = merged[merged.length - 1];
    if (last && window.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, window.end) };
    } else {
      merged.push(window);
    }
  }
  return merged;
}
