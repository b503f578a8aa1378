import { ok, type Result } from '@salon/errors';
import { type ScheduleError } from '../types';
import { MAX_DURATION_MINUTES, MINUTE_MS } from './constants';
import { fail } from './fail';
import { readWholeNumber } from './read-whole-number';

export type ServiceTimes = {
  bufferBeforeMs: number;
  bufferAfterMs: number;
  /** Performer id → how long the service takes with them. */
  durations: Map<string, number>;
};

/** Validates durations, buffers and performers (a staff member may appear once). */
export function validateService(service: unknown): Result<ServiceTimes, ScheduleError> {
  if (typeof service !== 'object' || service === null) {
    return fail('invalid_type', 'service must be an object.', 'service');
  }
  const { durationMinutes, bufferBeforeMinutes, bufferAfterMinutes, staff } = service as Record<string, unknown>;
  const duration = readWholeNumber(durationMinutes, 'service.durationMinutes', 1, MAX_DURATION_MINUTES);
  if (!duration.ok) return duration;
  const before = readWholeNumber(bufferBeforeMinutes, 'service.bufferBeforeMinutes', 0, MAX_DURATION_MINUTES);
  if (!before.ok) return before;
  const after = readWholeNumber(bufferAfterMinutes, 'service.bufferAfterMinutes', 0, MAX_DURATION_MINUTES);
  if (!after.ok) return after;
  if (!Array.isArray(staff)) return fail('invalid_type', 'service.staff must be an array.', 'service.staff');
  const durations = new Map<string, number>();
  for (const [index, performer] of staff.entries()) {
    const path = `service.staff[${index}]`;
    const { staffId, durationMinutes: own } = (performer ?? {}) as Record<string, unknown>;
    if (typeof staffId !== 'string') {
      return fail('invalid_type', `${path}.staffId must be a string.`, `${path}.staffId`);
    }
    if (durations.has(staffId)) return fail('duplicate_id', `${path}.staffId is listed twice.`, `${path}.staffId`);
    const minutes =
      own === undefined || own === null
        ? duration
        : readWholeNumber(own, `${path}.durationMinutes`, 1, MAX_DURATION_MINUTES);
    if (!minutes.ok) return minutes;
    durations.set(staffId, minutes.value * MINUTE_MS);
  }
  return ok({ bufferBeforeMs: before.value * MINUTE_MS, bufferAfterMs: after.value * MINUTE_MS, durations });
}
