import { type SlotCheck } from '../types';
import { collectDaySlots, type DayEntry } from './collect-day-slots';
import { isWithinPolicy } from './is-within-policy';
import { type Schedule } from './schedule';

type Unavailable = Extract<SlotCheck, { isBookable: false }>;

export type Decision = { entry: DayEntry } | Unavailable;

const refuse = (reason: Unavailable['reason'], message: string): Unavailable => ({
  isBookable: false,
  reason,
  message,
});

/**
 * Who takes a start on local date `day`: the requested staff member if free, else (no request)
 * the first free entry, which is rule 5's choice because entries are in assignment order. The
 * start must be one of the date's candidates, the list `listSlots` is built from.
 */
export function decideSlot(schedule: Schedule, day: number, startMs: number, staffId: string | undefined): Decision {
  const verdict = isWithinPolicy(schedule, startMs);
  if (verdict === 'too_soon') return refuse(verdict, 'That time is too soon to book.');
  if (verdict === 'too_far') return refuse(verdict, 'That time is too far ahead to book.');
  if (staffId !== undefined && !schedule.performerIds.has(staffId)) {
    return refuse('staff_not_eligible', 'That staff member does not perform this service.');
  }
  const candidate = collectDaySlots(schedule, day).find((item) => item.startMs === startMs);
  if (!candidate) return refuse('not_a_slot', 'Nobody who performs this service works at that time.');
  if (staffId !== undefined) {
    const entry = candidate.entries.find((item) => item.staffId === staffId);
    if (!entry) return refuse('staff_unavailable', 'That staff member does not work at that time.');
    if (!entry.isFree) return refuse('staff_unavailable', 'That staff member is busy or off at that time.');
    return { entry };
  }
  const entry = candidate.entries.find((item) => item.isFree);
  if (!entry) return refuse('no_staff_free', 'Every staff member who performs this service is busy then.');
  return { entry };
}
