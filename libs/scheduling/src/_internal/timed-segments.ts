import { type TimedSegment } from '../types';
import { type Schedule } from './schedule';

/** A performer's segments at a start as UTC ISO instants, or `undefined` for a service without processing time. */
export function timedSegments(schedule: Schedule, staffId: string, startMs: number): TimedSegment[] | undefined {
  const segments = schedule.performers.find((performer) => performer.id === staffId)?.pattern.segments;
  if (!segments) return undefined;
  const { utc } = schedule.format;
  return segments.map((segment) => ({ kind: segment.kind, start: utc(startMs + segment.startMs), end: utc(startMs + segment.endMs) }));
}
