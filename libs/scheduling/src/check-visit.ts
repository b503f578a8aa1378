import { ok, type Result } from '@salon/errors';
import { describeVisitLines } from './_internal/assign-visit';
import { collectDaySlots } from './_internal/collect-day-slots';
import { describeStart } from './_internal/describe-start';
import { fail } from './_internal/fail';
import { isWithinPolicy } from './_internal/is-within-policy';
import { parseInstant } from './_internal/parse-instant';
import { prepareVisit } from './_internal/prepare-visit';
import { readZoneClock } from './_internal/read-zone-clock';
import { firstAssignment } from './list-visit-slots';
import { type ScheduleError, type VisitCheck, type VisitInput } from './types';

const refuse = (reason: Extract<VisitCheck, { isBookable: false }>['reason'], message: string): VisitCheck => ({ isBookable: false, reason, message });

/**
 * The check creating (or moving) a visit calls: is `start` one of `listVisitSlots`' starts, and who
 * does each line? Same per-date candidates and the same assignment search as listing.
 * `ignoreBookingId` leaves out the visit being moved.
 *
 * @example
 * checkVisit({ ...input, lines: [{ service: cut }, { service: colour }] }, { start: '2026-06-01T08:00:00Z' });
 * // { ok: true, value: { isBookable: true, start, end, lines: [{ staffId, start, end, holds, segments }, …], … } }
 */
export function checkVisit(input: VisitInput, request: { start: Date | string; ignoreBookingId?: string }): Result<VisitCheck, ScheduleError> {
  const { start, ignoreBookingId } = (request ?? {}) as { start?: unknown; ignoreBookingId?: unknown };
  const startMs = parseInstant(start);
  if (startMs === undefined) return fail('invalid_instant', 'start must be an ISO instant or Date.', 'start');
  if (ignoreBookingId !== undefined && typeof ignoreBookingId !== 'string') return fail('invalid_type', 'ignoreBookingId must be a string.', 'ignoreBookingId');
  const clock = readZoneClock(input?.timeZone);
  if (!clock.ok) return clock;
  const day = clock.value.localDay(startMs);
  const schedules = prepareVisit(input, { fromDay: day, toDay: day, ignoreBookingId });
  if (!schedules.ok) return schedules;
  const first = schedules.value[0]!;
  const verdict = isWithinPolicy(first, startMs);
  if (verdict === 'too_soon') return ok(refuse(verdict, 'That time is too soon to book.'));
  if (verdict === 'too_far') return ok(refuse(verdict, 'That time is too far ahead to book.'));
  const lineWithoutStaff = schedules.value.findIndex((schedule) => schedule.performers.length === 0);
  if (lineWithoutStaff >= 0) return ok(refuse('staff_not_eligible', `Nobody asked for performs line ${lineWithoutStaff + 1} of this visit.`));
  const candidate = collectDaySlots(first, day).find((item) => item.startMs === startMs);
  if (!candidate) return ok(refuse('not_a_slot', 'Nobody who performs the first service works at that time.'));
  const chosen = firstAssignment(schedules.value, candidate);
  if (!chosen) return ok(refuse('no_staff_free', 'The services of this visit do not all fit back to back at that time.'));
  const lines = describeVisitLines(schedules.value, chosen);
  return ok({ isBookable: true, ...describeStart(first, day, startMs), end: lines[lines.length - 1]!.end, lines });
}
