import { type Range } from './create-range-index';

/**
 * `windows` (sorted, disjoint) minus every range in `cuts` (any order, may overlap), half-open.
 * @example subtractRanges([{ start: 0, end: 10 }], [{ start: 3, end: 5 }]) // [{0,3},{5,10}]
 */
export function subtractRanges(windows: readonly Range[], cuts: readonly Range[]): Range[] {
  const sorted = [...cuts].sort((a, b) => a.start - b.start);
  const result: Range[] = [];
  for (const window of windows) {
    let start = window.start;
    for (const cut of sorted) {
      if (cut.end <= start) continue;
      if (cut.start >= window.end) break;
      if (cut.start > start) result.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
      if (start >= window.end) break;
    }
    if (start < window.end) result.push({ start, end: window.end });
  }
  return result;
}
