/** Ranges of instants of one staff member, sorted once per call and then searched, never scanned. */
export type RangeIndex = {
  /** Does any range overlap `[start, end)`? */
  overlaps(start: number, end: number): boolean;
  /** How many ranges overlap `[start, end)`? */
  count(start: number, end: number): number;
  /** The ends of ranges that fall in `[from, to)`, in no particular order (gapless starts). */
  endsWithin(from: number, to: number): number[];
};

/** Instants in epoch milliseconds, half-open `[start, end)`. */
export type Range = { start: number; end: number };

/**
 * Sorts by start and keeps a running maximum of ends, so overlap is one binary search even when
 * the ranges themselves overlap (time off entries may).
 */
export function createRangeIndex(ranges: readonly Range[]): RangeIndex {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const starts = sorted.map((range) => range.start);
  const ends = sorted.map((range) => range.end);
  const maxEnds: number[] = [];
  for (const end of ends) maxEnds.push(Math.max(end, maxEnds[maxEnds.length - 1] ?? -Infinity));
  // Index of the last range starting before `end`, or -1.
  const lastStartingBefore = (end: number): number => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((starts[mid] as number) < end) low = mid + 1;
      else high = mid;
    }
    return low - 1;
  };
  return {
    overlaps(start, end) {
      const last = lastStartingBefore(end);
      return last >= 0 && (maxEnds[last] as number) > start;
    },
    endsWithin(from, to) {
      const found: number[] = [];
      // A range ending in [from, to) starts before `to`, and its running max end is past `from`.
      for (let i = lastStartingBefore(to); i >= 0 && (maxEnds[i] as number) >= from; i -= 1) {
        const end = ends[i] as number;
        if (end >= from && end < to) found.push(end);
      }
      return found;
    },
    count(start, end) {
      let total = 0;
      for (let i = lastStartingBefore(end); i >= 0 && (maxEnds[i] as number) > start; i -= 1) {
        if ((ends[i] as number) > start) total += 1;
      }
      return total;
    },
  };
}
