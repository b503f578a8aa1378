import { ok, type Result } from '@salon/errors';
import { assignVisit, describeVisitLines } from './_internal/assign-visit';
import { collectDaySlots } from './_internal/collect-day-slots';
import { describeStart } from './_internal/describe-start';
import { prepareVisit } from './_internal/prepare-visit';
import { readDateRange } from './_internal/read-date-range';
import { type DateRange, type ScheduleError, type VisitInput, type VisitSlot } from './types';

/**
 * The starts of a visit of several services back to back (cut, then colour) on a range of
 * shop-local dates: the first line's starts as `listSlots` gives them, kept where every later line
 * finds a stylist free for its holds right when the previous line ends. Each slot carries the
 * first assignment found; `checkVisit` reads the same candidates, so listing and booking agree.
 *
 * @example
 * listVisitSlots({ ...input, lines: [{ service: cut }, { service: colour, staffId: 'bob' }] }, { from: '2026-06-01', to: '2026-06-01' });
 * // { ok: true, value: [{ start, end, localStart, localDate, lines: [{ staffId: 'ann', … }, { staffId: 'bob', … }] }, …] }
 */
export function listVisitSlots(input: VisitInput, range: DateRange): Result<VisitSlot[], ScheduleError> {
  const days = readDateRange(range);
  if (!days.ok) return days;
  const schedules = prepareVisit(input, days.value);
  if (!schedules.ok) return schedules;
  const [first] = schedules.value;
  const slots: VisitSlot[] = [];
  for (let day = days.value.fromDay; day <= days.value.toDay; day += 1) {
    for (const candidate of collectDaySlots(first!, day)) {
      const chosen = firstAssignment(schedules.value, candidate);
      if (!chosen) continue;
      const lines = describeVisitLines(schedules.value, chosen);
      slots.push({ ...describeStart(first!, day, candidate.startMs), end: lines[lines.length - 1]!.end, lines });
    }
  }
  return ok(slots);
}

/** The first line's free entries in assignment order, each tried through the later lines. */
export function firstAssignment(schedules: Parameters<typeof assignVisit>[0], candidate: ReturnType<typeof collectDaySlots>[number]) {
  const performers = schedules[0]!.performers;
  for (const entry of candidate.entries) {
    if (!entry.isFree) continue;
    const performer = performers.find((item) => item.id === entry.staffId)!;
    const chosen = assignVisit(schedules, { performer, startMs: candidate.startMs });
    if (chosen) return chosen;
  }
  return undefined;
}
