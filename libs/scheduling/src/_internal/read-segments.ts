import { ok, type Result } from '@salon/errors';
import { type ScheduleError, type ServiceSegment } from '../types';
import { MAX_DURATION_MINUTES, MINUTE_MS } from './constants';
import { fail } from './fail';
import { readWholeNumber } from './read-whole-number';

/** A service's shape relative to its start, in ms: the segments, and what it holds (buffers included). */
export type ServicePattern = {
  durationMs: number;
  /** `null` = one active segment (the plain service). */
  segments: { kind: ServiceSegment['kind']; startMs: number; endMs: number }[] | null;
  /** Active segments with the outer buffers, joined where they touch, sorted; never empty. */
  holds: { startMs: number; endMs: number }[];
};

const MAX_SEGMENTS = 12;

/** Validates `segments` (1–12 of `{ kind: 'active' | 'processing', minutes }`, at least one active, ≤ 1,440 minutes in all). */
export function readSegments(value: unknown, path: string): Result<ServiceSegment[], ScheduleError> {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_SEGMENTS) {
    return fail('invalid_type', `${path} must be an array of 1 to ${MAX_SEGMENTS} segments.`, path);
  }
  const segments: ServiceSegment[] = [];
  for (const [index, segment] of value.entries()) {
    const { kind, minutes } = (segment ?? {}) as Record<string, unknown>;
    if (kind !== 'active' && kind !== 'processing') {
      return fail('invalid_type', `${path}[${index}].kind must be "active" or "processing".`, `${path}[${index}].kind`);
    }
    const length = readWholeNumber(minutes, `${path}[${index}].minutes`, 1, MAX_DURATION_MINUTES);
    if (!length.ok) return length;
    segments.push({ kind, minutes: length.value });
  }
  if (!segments.some((segment) => segment.kind === 'active')) return fail('invalid_type', `${path} needs an active segment.`, path);
  const total = segments.reduce((sum, segment) => sum + segment.minutes, 0);
  if (total > MAX_DURATION_MINUTES) return fail('invalid_number', `${path} may last at most ${MAX_DURATION_MINUTES} minutes in all.`, path);
  return ok(segments);
}

/** The pattern of a service of `minutes` (one active block) or of `segments`, with its outer buffers. */
export function buildPattern(shape: { minutes: number; segments: ServiceSegment[] | null }, buffers: { beforeMs: number; afterMs: number }): ServicePattern {
  const pieces: { startMs: number; endMs: number }[] = [];
  if (buffers.beforeMs > 0) pieces.push({ startMs: -buffers.beforeMs, endMs: 0 });
  let segments: ServicePattern['segments'] = null;
  let durationMs = shape.minutes * MINUTE_MS;
  if (shape.segments && shape.segments.some((segment) => segment.kind === 'processing')) {
    segments = [];
    let at = 0;
    for (const { kind, minutes } of shape.segments) {
      segments.push({ kind, startMs: at, endMs: at + minutes * MINUTE_MS });
      if (kind === 'active') pieces.push({ startMs: at, endMs: at + minutes * MINUTE_MS });
      at += minutes * MINUTE_MS;
    }
    durationMs = at;
  } else {
    pieces.push({ startMs: 0, endMs: durationMs });
  }
  if (buffers.afterMs > 0) pieces.push({ startMs: durationMs, endMs: durationMs + buffers.afterMs });
  const holds: ServicePattern['holds'] = [];
  for (const piece of pieces) {
    const last = holds[holds.length - 1];
    if (last && piece.startMs <= last.endMs) last.endMs = Math.max(last.endMs, piece.endMs);
    else holds.push({ ...piece });
  }
  return { durationMs, segments, holds };
}
