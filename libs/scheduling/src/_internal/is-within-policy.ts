import { type Schedule } from './schedule';

export type PolicyVerdict = 'ok' | 'too_soon' | 'too_far';

/** Rule 6, the one predicate both listing and checking use. */
export function isWithinPolicy(schedule: Schedule, startMs: number): PolicyVerdict {
  if (startMs < schedule.earliestStartMs) return 'too_soon';
  if (startMs > schedule.latestStartMs) return 'too_far';
  return 'ok';
}
