import { type MinuteWindow } from './schedule';

/**
 * The overlap of two sorted, merged window lists. Intersecting wall-clock minutes equals
 * intersecting instants because local→UTC never runs backwards, even across a transition.
 */
export function intersectWindows(a: readonly MinuteWindow[], b: readonly MinuteWindow[]): MinuteWindow[] {
  const result: MinuteWindow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const left = a[i] as MinuteWindow;
    const right = b[j] as MinuteWindow;
    const start = Math.max(left.start, right.start);
    const end = Math.min(left.end, right.end);
    if (start < end) result.push({ start, end });
    if (left.end < right.end) i += 1;
    else j += 1;
  }
  return result;
}
