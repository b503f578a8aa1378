import { type VisitLineTimes } from '../types';
import { intersectWindows } from './intersect-windows';
import { type Performer, type Schedule } from './schedule';
import { timedSegments } from './timed-segments';
import { workingStretchesOn } from './windows-on';

type Chosen = { performer: Performer; startMs: number };

/**
 * Lines 2..n of a visit whose first line starts at `startMs` with `first`: each next line starts
 * when the previous one ends, with the first of its performers (by id) who works then (shop and
 * own windows, no time off for the whole service) and whose holds are free. Depth-first, so a
 * per-staff duration that shifts later lines is tried through. `undefined` = no assignment fits.
 */
export function assignVisit(schedules: readonly Schedule[], first: Chosen): Chosen[] | undefined {
  const chosen: Chosen[] = [first];
  const search = (index: number, startMs: number): boolean => {
    const schedule = schedules[index];
    if (!schedule) return true;
    for (const performer of schedule.performers) {
      if (!fitsAt(schedule, performer, startMs)) continue;
      chosen.push({ performer, startMs });
      if (search(index + 1, startMs + performer.durationMs)) return true;
      chosen.pop();
    }
    return false;
  };
  return search(1, first.startMs + first.performer.durationMs) ? chosen : undefined;
}

function fitsAt(schedule: Schedule, performer: Performer, startMs: number): boolean {
  const endMs = startMs + performer.durationMs;
  const day = schedule.clock.localDay(startMs);
  const windows = intersectWindows(schedule.shopWindows(day), workingStretchesOn(schedule.clock, performer.calendar, day));
  if (!windows.some((window) => window.start <= startMs && endMs <= window.end)) return false;
  if (performer.timeOff.overlaps(startMs, endMs)) return false;
  return performer.pattern.holds.every((hold) => !performer.busy.overlaps(startMs + hold.startMs, startMs + hold.endMs));
}

/** The public spelling of an assignment's lines. */
export function describeVisitLines(schedules: readonly Schedule[], chosen: readonly Chosen[]): VisitLineTimes[] {
  return chosen.map(({ performer, startMs }, index) => {
    const schedule = schedules[index] as Schedule;
    const { utc } = schedule.format;
    const endMs = startMs + performer.durationMs;
    return {
      staffId: performer.id,
      start: utc(startMs),
      end: utc(endMs),
      segments: timedSegments(schedule, performer.id, startMs) ?? [{ kind: 'active', start: utc(startMs), end: utc(endMs) }],
      holds: performer.pattern.holds.map((hold) => ({ start: utc(startMs + hold.startMs), end: utc(startMs + hold.endMs) })),
    };
  });
}
