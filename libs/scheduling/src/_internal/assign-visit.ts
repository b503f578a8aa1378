import { type VisitLineTimes } from '../types';
import { DAY_MS } from './constants';
import { type Range } from './create-range-index';
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
    const day = localDayOf(schedule, startMs);
    for (const performer of schedule.performers) {
      if (!fitsAt(schedule, performer, startMs, day)) continue;
      chosen.push({ performer, startMs });
      if (search(index + 1, startMs + performer.durationMs)) return true;
      chosen.pop();
    }
    return false;
  };
  return search(1, first.startMs + first.performer.durationMs) ? chosen : undefined;
}

// Per performer object (one call's): the same stretches are asked for at every candidate start.
const STRETCHES = new WeakMap<Performer, Map<number, Range[]>>();

function stretchesOf(schedule: Schedule, performer: Performer, day: number): Range[] {
  let byDay = STRETCHES.get(performer);
  if (!byDay) STRETCHES.set(performer, (byDay = new Map()));
  let windows = byDay.get(day);
  if (!windows) byDay.set(day, (windows = intersectWindows(schedule.shopWindows(day), workingStretchesOn(schedule.clock, performer.calendar, day))));
  return windows;
}

/** The local date of an instant, without a zone lookup on a date with one offset (the usual case). */
function localDayOf(schedule: Schedule, startMs: number): number {
  const guess = Math.floor(startMs / DAY_MS);
  for (const day of [guess, guess - 1, guess + 1]) {
    const offset = schedule.clock.steadyOffset(day);
    if (offset !== undefined && Math.floor((startMs + offset) / DAY_MS) === day) return day;
  }
  return schedule.clock.localDay(startMs);
}

function fitsAt(schedule: Schedule, performer: Performer, startMs: number, day: number): boolean {
  const endMs = startMs + performer.durationMs;
  const windows = stretchesOf(schedule, performer, day);
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
