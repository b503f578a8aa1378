import { type Range } from './create-range-index';

/** The overlap of two sorted, merged lists of ranges (instants, after {@link windowsOn}). */
export function intersectWindows(a: readonly Range[], b: readonly Range[]): Range[] {
  const result: Range[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const left = a[i] as Range;
    const right = b[j] as Range;
    const start = Math.max(left.start, right.start);
    const end = Math.min(left.end, right.end);
    if (start < end) result.push({ start, end });
    if (left.end < right.end) i += 1;
    else j += 1;
  }
  return result;
}
