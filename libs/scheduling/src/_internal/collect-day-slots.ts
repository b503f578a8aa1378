import { DAY_MS } from './constants';
import { intersectWindows } from './intersect-windows';
import { isWithinPolicy } from './is-within-policy';
import { type Performer, type Schedule } from './schedule';
import { workingStretchesOn } from './windows-on';

/** One performer at one candidate start: when they would finish and whether they are free. */
export type DayEntry = { staffId: string; endMs: number; isFree: boolean; load: number };

/** A start on some performer's grid, inside the policy bounds, with every performer whose grid has it. */
export type DayCandidate = { startMs: number; entries: DayEntry[] };

/**
 * The single code path behind listing and checking: every candidate start of one local date, in
 * time order, each with its performers in assignment order (fewest bookings that day, then id).
 * A listed slot is a candidate with a free entry; a check looks its start up here.
 */
export function collectDaySlots(schedule: Schedule, day: number): DayCandidate[] {
  const shopWindows = schedule.shopWindows(day);
  if (shopWindows.length === 0) return [];
  const { clock } = schedule;
  const dayStartMs = clock.toInstant(day * DAY_MS);
  const dayEndMs = clock.toInstant((day + 1) * DAY_MS);
  const byStart = new Map<number, DayEntry[]>();
  for (const performer of schedule.performers) {
    const windows = intersectWindows(shopWindows, workingStretchesOn(clock, performer.calendar, day));
    if (windows.length === 0) continue;
    const load = performer.busy.count(dayStartMs, dayEndMs);
    for (const window of windows) {
      const stretch = { startMs: window.start, endMs: window.end, dayStartMs, dayEndMs };
      addWindowEntries(schedule, performer, stretch, load, byStart);
    }
  }
  const candidates: DayCandidate[] = [];
  for (const [startMs, entries] of byStart) {
    entries.sort((a, b) => a.load - b.load);
    candidates.push({ startMs, entries });
  }
  return candidates.sort((a, b) => a.startMs - b.startMs);
}

function addWindowEntries(
  schedule: Schedule,
  performer: Performer,
  window: { startMs: number; endMs: number; dayStartMs: number; dayEndMs: number },
  load: number,
  byStart: Map<number, DayEntry[]>,
): void {
  const { durationMs } = performer;
  const { intervalMs } = schedule;
  // The grid is anchored at the window's start; only starts on this local date are this date's
  // (an overnight window's starts after midnight are listed on the next date).
  const skipped = Math.max(0, Math.ceil((window.dayStartMs - window.startMs) / intervalMs));
  const lastStartMs = Math.min(window.endMs - durationMs, window.dayEndMs - 1);
  for (let startMs = window.startMs + skipped * intervalMs; startMs <= lastStartMs; startMs += intervalMs) {
    addEntry(schedule, performer, startMs, load, byStart);
  }
  if (!schedule.isGapless) return;
  // Gapless: where this performer's previous occupied range ends, the new one may begin.
  const firstStartMs = Math.max(window.startMs, window.dayStartMs);
  // The new booking's first hold (its buffer before, or its first active segment) starts at that end.
  const leadMs = -(performer.pattern.holds[0] as { startMs: number }).startMs;
  const ends = performer.busy.endsWithin(firstStartMs - leadMs, lastStartMs + 1 - leadMs);
  for (const end of new Set(ends)) {
    const startMs = end + leadMs;
    if ((startMs - window.startMs) % intervalMs !== 0) addEntry(schedule, performer, startMs, load, byStart);
  }
}

function addEntry(schedule: Schedule, performer: Performer, startMs: number, load: number, byStart: Map<number, DayEntry[]>): void {
  if (isWithinPolicy(schedule, startMs) !== 'ok') return;
  const { durationMs, busy, timeOff, id, pattern } = performer;
  const endMs = startMs + durationMs;
  // Buffers may run outside the window and into time off; the service itself may not (rule 4).
  // Only the holds (active segments and outer buffers) must be free: a processing gap may hold another client.
  let isFree = !timeOff.overlaps(startMs, endMs);
  for (const hold of pattern.holds) isFree = isFree && !busy.overlaps(startMs + hold.startMs, startMs + hold.endMs);
  const entry: DayEntry = { staffId: id, endMs, isFree, load };
  const entries = byStart.get(startMs);
  if (entries) entries.push(entry);
  else byStart.set(startMs, [entry]);
}
