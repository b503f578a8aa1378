
/**
 * Sorts windows (wall-clock minutes or instants) and joins those that overlap or touch, so that a service may run across two
 * back-to-back windows (09:00–12:00 and 12:00–15:00 are one stretch of work).
 */
export function mergeWindows<T extends { start: number; end: number }>(windows: readonly T[]): { start: number; end: number }[] {
  const sorted = [...windows].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
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
