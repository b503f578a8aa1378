import { tzOffset } from '@date-fns/tz';
import { DAY_MS, MINUTE_MS } from './constants';

/** Local↔UTC arithmetic for one zone, memoised for the length of one call. */
export type ZoneClock = {
  /** The zone's UTC offset at an instant, in milliseconds. */
  offsetAt(instantMs: number): number;
  /**
   * The instant of a local wall-clock time (`wallMs` = day × DAY_MS + minutes × MINUTE_MS), with
   * the "compatible" rule: a time in a gap moves forward by the jump, a repeated time is its first
   * occurrence.
   */
  toInstant(wallMs: number): number;
  /** The local date (days since 1970-01-01) an instant falls on. */
  localDay(instantMs: number): number;
  /** The offset every instant of local date `day` has, or `undefined` on a transition day. */
  steadyOffset(day: number): number | undefined;
};

/**
 * Returns `undefined` for a zone the runtime does not know. TZDate is not used for local→UTC: for a
 * repeated time it picks the first or the second occurrence depending on the process TZ.
 */
export function createZoneClock(timeZone: string): ZoneClock | undefined {
  if (!isKnownZone(timeZone)) return undefined;
  const offsets = new Map<number, number>();
  const steadyOffsets = new Map<number, number | null>();
  const offsetAt = (instantMs: number): number => {
    let offset = offsets.get(instantMs);
    if (offset === undefined) {
      offset = Math.round(tzOffset(timeZone, new Date(instantMs)) * MINUTE_MS);
      offsets.set(instantMs, offset);
    }
    return offset;
  };
  // Wall times of day D are instants within [D − 14 h, D + 38 h]; equal offsets either side of that
  // mean no transition on D (zones never change offset twice within three days).
  const steadyOffset = (day: number): number | undefined => {
    let offset = steadyOffsets.get(day);
    if (offset === undefined) {
      const before = offsetAt((day - 1) * DAY_MS);
      offset = before === offsetAt((day + 2) * DAY_MS) ? before : null;
      steadyOffsets.set(day, offset);
    }
    return offset ?? undefined;
  };
  const toInstant = (wallMs: number): number => {
    const offset = steadyOffset(Math.floor(wallMs / DAY_MS));
    return offset === undefined ? resolveTransition(wallMs, offsetAt) : wallMs - offset;
  };
  const localDay = (instantMs: number): number => Math.floor((instantMs + offsetAt(instantMs)) / DAY_MS);
  return { offsetAt, toInstant, localDay, steadyOffset };
}

function resolveTransition(wallMs: number, offsetAt: (instantMs: number) => number): number {
  const before = offsetAt(wallMs - DAY_MS);
  const after = offsetAt(wallMs + DAY_MS);
  const early = wallMs - before;
  const late = wallMs - after;
  const isEarlyValid = offsetAt(early) === before;
  const isLateValid = offsetAt(late) === after;
  if (isEarlyValid && isLateValid) return Math.min(early, late);
  if (isEarlyValid) return early;
  if (isLateValid) return late;
  // In the gap: read the wall time with the offset from before the jump, which lands it
  // exactly `jump` later on the new clock (02:30 → 03:30 when 02:00 becomes 03:00).
  return early;
}

// Building an Intl.DateTimeFormat costs tens of microseconds, so each accepted zone is checked
// once per process. A memo of a pure fact (the runtime's zone list does not change while it runs).
const KNOWN_ZONES = new Set<string>();

function isKnownZone(timeZone: string): boolean {
  if (KNOWN_ZONES.has(timeZone)) return true;
  if (typeof timeZone !== 'string' || timeZone.length === 0) return false;
  try {
    // tzOffset alone would accept "+05:00" and anything containing one; Intl accepts IANA names only.
    new Intl.DateTimeFormat('en-US', { timeZone });
    if (Number.isNaN(tzOffset(timeZone, new Date(0)))) return false;
  } catch {
    return false;
  }
  KNOWN_ZONES.add(timeZone);
  return true;
}
