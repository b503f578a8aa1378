import { ok, type Result } from '@salon/errors';
import { decideSlot } from './_internal/decide-slot';
import { describeStart } from './_internal/describe-start';
import { fail } from './_internal/fail';
import { timedSegments } from './_internal/timed-segments';
import { parseInstant } from './_internal/parse-instant';
import { prepareSchedule } from './_internal/prepare-schedule';
import { readZoneClock } from './_internal/read-zone-clock';
import { type ScheduleError, type ScheduleInput, type SlotCheck, type SlotRequest } from './types';

/**
 * The check booking creation (and moving) calls: is `request.start` a slot `listSlots` would list,
 * and who takes it? It computes the candidates of the start's local date exactly as listing does
 * and tests membership, so listing and booking cannot disagree.
 *
 * Without `staffId` the free staff member with the fewest bookings that day gets it, ties broken
 * by id. `ignoreBookingId` leaves out the booking being moved, which never conflicts with itself.
 * An unavailable time is `{ isBookable: false, reason }`; only invalid input is an error result.
 *
 * @example
 * const result = checkSlot(input, { start: '2026-03-30T08:00:00Z' });
 * // with `input` from the listSlots example:
 * // result.ok === true; result.value is
 * // { isBookable: true, staffId: 'ann', start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T09:00:00.000Z',
 * //   localStart: '2026-03-30T09:00:00+01:00', localDate: '2026-03-30',
 * //   occupied: { start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T09:00:00.000Z' } }
 * checkSlot(input, { start: '2026-03-30T08:30:00Z' });
 * // { ok: true, value: { isBookable: false, reason: 'not_a_slot', message: '…' } }
 */
export function checkSlot(input: ScheduleInput, request: SlotRequest): Result<SlotCheck, ScheduleError> {
  const { start, staffId, ignoreBookingId } = (request ?? {}) as Partial<SlotRequest>;
  const startMs = parseInstant(start);
  if (startMs === undefined) return fail('invalid_instant', 'start must be an ISO instant or Date.', 'start');
  if (staffId !== undefined && typeof staffId !== 'string') {
    return fail('invalid_type', 'staffId must be a string.', 'staffId');
  }
  if (ignoreBookingId !== undefined && typeof ignoreBookingId !== 'string') {
    return fail('invalid_type', 'ignoreBookingId must be a string.', 'ignoreBookingId');
  }
  const clock = readZoneClock(input?.timeZone);
  if (!clock.ok) return clock;
  const day = clock.value.localDay(startMs);
  const schedule = prepareSchedule(input, { fromDay: day, toDay: day, ignoreBookingId });
  if (!schedule.ok) return schedule;
  const decision = decideSlot(schedule.value, day, startMs, staffId);
  if (!('entry' in decision)) return ok(decision);
  const { staffId: chosen, endMs } = decision.entry;
  const { format, performers } = schedule.value;
  const { holds } = performers.find((performer) => performer.id === chosen)!.pattern;
  const first = holds[0]!;
  const last = holds[holds.length - 1]!;
  return ok({
    isBookable: true,
    staffId: chosen,
    ...describeStart(schedule.value, day, startMs),
    end: format.utc(endMs),
    occupied: { start: format.utc(startMs + first.startMs), end: format.utc(startMs + last.endMs) },
    holds: holds.map((hold) => ({ start: format.utc(startMs + hold.startMs), end: format.utc(startMs + hold.endMs) })),
    segments: timedSegments(schedule.value, chosen, startMs) ?? [{ kind: 'active', start: format.utc(startMs), end: format.utc(endMs) }],
  });
}
