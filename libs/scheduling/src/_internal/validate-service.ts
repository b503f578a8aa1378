import { ok, type Result } from '@salon/errors';
import { type ScheduleError, type ServiceSegment } from '../types';
import { MAX_DURATION_MINUTES, MINUTE_MS } from './constants';
import { fail } from './fail';
import { buildPattern, readSegments, type ServicePattern } from './read-segments';
import { readWholeNumber } from './read-whole-number';

export type ServiceTimes = {
  bufferBeforeMs: number;
  bufferAfterMs: number;
  /** Performer id → how long the service takes with them. */
  durations: Map<string, number>;
  /** Performer id → their version's segments and holds. */
  patterns: Map<string, ServicePattern>;
};

/** Validates durations, segments, buffers and performers (a staff member may appear once). */
export function validateService(service: unknown): Result<ServiceTimes, ScheduleError> {
  if (typeof service !== 'object' || service === null) {
    return fail('invalid_type', 'service must be an object.', 'service');
  }
  const { durationMinutes, bufferBeforeMinutes, bufferAfterMinutes, segments, staff } = service as Record<string, unknown>;
  const duration = readWholeNumber(durationMinutes, 'service.durationMinutes', 1, MAX_DURATION_MINUTES);
  if (!duration.ok) return duration;
  const own = readOptionalSegments(segments, 'service.segments', duration.value);
  if (!own.ok) return own;
  const before = readWholeNumber(bufferBeforeMinutes, 'service.bufferBeforeMinutes', 0, MAX_DURATION_MINUTES);
  if (!before.ok) return before;
  const after = readWholeNumber(bufferAfterMinutes, 'service.bufferAfterMinutes', 0, MAX_DURATION_MINUTES);
  if (!after.ok) return after;
  if (!Array.isArray(staff)) return fail('invalid_type', 'service.staff must be an array.', 'service.staff');
  const buffers = { beforeMs: before.value * MINUTE_MS, afterMs: after.value * MINUTE_MS };
  const durations = new Map<string, number>();
  const patterns = new Map<string, ServicePattern>();
  for (const [index, performer] of staff.entries()) {
    const path = `service.staff[${index}]`;
    const { staffId, durationMinutes: ownMinutes, segments: ownSegments } = (performer ?? {}) as Record<string, unknown>;
    if (typeof staffId !== 'string') {
      return fail('invalid_type', `${path}.staffId must be a string.`, `${path}.staffId`);
    }
    if (durations.has(staffId)) return fail('duplicate_id', `${path}.staffId is listed twice.`, `${path}.staffId`);
    const minutes =
      ownMinutes === undefined || ownMinutes === null
        ? duration
        : readWholeNumber(ownMinutes, `${path}.durationMinutes`, 1, MAX_DURATION_MINUTES);
    if (!minutes.ok) return minutes;
    let shape: { minutes: number; segments: ServiceSegment[] | null };
    if (ownSegments === undefined || ownSegments === null) {
      // Their own length only: the service's segments still apply when the length is the same.
      shape = { minutes: minutes.value, segments: minutes.value === duration.value ? own.value : null };
    } else {
      const read = readOptionalSegments(ownSegments, `${path}.segments`, ownMinutes === undefined || ownMinutes === null ? undefined : minutes.value);
      if (!read.ok) return read;
      shape = { minutes: sumOf(read.value ?? []), segments: read.value };
    }
    const pattern = buildPattern(shape, buffers);
    durations.set(staffId, pattern.durationMs);
    patterns.set(staffId, pattern);
  }
  return ok({ bufferBeforeMs: buffers.beforeMs, bufferAfterMs: buffers.afterMs, durations, patterns });
}

const sumOf = (segments: ServiceSegment[]): number => segments.reduce((sum, segment) => sum + segment.minutes, 0);

/** Optional segments; when a duration is given too it must be their sum. */
function readOptionalSegments(value: unknown, path: string, minutes: number | undefined): Result<ServiceSegment[] | null, ScheduleError> {
  if (value === undefined || value === null) return ok(null);
  const segments = readSegments(value, path);
  if (!segments.ok) return segments;
  if (minutes !== undefined && sumOf(segments.value) !== minutes) {
    return fail('invalid_number', `${path} must add up to the duration (${minutes} minutes).`, path);
  }
  return ok(segments.value);
}
