import { type IsoFormatter } from './create-iso-formatter';
import { type ServicePattern } from './read-segments';
import { type ZoneClock } from './create-zone-clock';
import { type Range, type RangeIndex } from './create-range-index';

/**
 * Minutes since local midnight, half-open `[start, end)`; `end` may pass 1440 (next midnight): an
 * overnight window ends at `end − 1440` on the next local date's wall clock.
 */
export type MinuteWindow = { start: number; end: number };

/** A weekly rule resolved to the local dates it covers in the queried range. */
export type CompiledRule = { days: ReadonlySet<number>; window: MinuteWindow };

/** Rules plus date overrides (day → replacement windows, empty when closed). */
export type Calendar = { rules: CompiledRule[]; overrides: ReadonlyMap<number, MinuteWindow[]> };

export type Performer = {
  id: string;
  durationMs: number;
  /** Their version of the service: segments and what a start holds, relative to the start. */
  pattern: ServicePattern;
  calendar: Calendar;
  timeOff: RangeIndex;
  busy: RangeIndex;
};

/** Validated, indexed input for one call; everything in epoch milliseconds or day numbers. */
export type Schedule = {
  clock: ZoneClock;
  format: IsoFormatter;
  shop: Calendar;
  /** Sorted by id, the stable tie-break of rule 5. */
  performers: Performer[];
  /** The shop's real-time windows that bound slots starting on a local date (memoised per call). */
  shopWindows(day: number): Range[];
  performerIds: ReadonlySet<string>;
  bufferBeforeMs: number;
  bufferAfterMs: number;
  intervalMs: number;
  /** Also offer a start where a performer's previous occupied range ends (`startAlignment: 'gapless'`). */
  isGapless: boolean;
  earliestStartMs: number;
  latestStartMs: number;
};
