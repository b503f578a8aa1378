import { type Schedule } from './schedule';

export type PolicyVerdict = 'ok' | 'too_soon' | 'too_far';

/** Rule 6, the one predicate listing, checking and keepBookableSlots use. */
export function isWithinPolicy(bounds: Pick<Schedule, 'earliestStartMs' | 'latestStartMs'>, startMs: number): PolicyVerdict {
  if (startMs < bounds.earliestStartMs) return 'too_soon';
  if (startMs > bounds.latestStartMs) return 'too_far';
  return 'ok';
}
