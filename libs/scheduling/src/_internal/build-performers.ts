import { type CompiledOverrides } from './compile-overrides';
import { createRangeIndex, type Range } from './create-range-index';
import { type ServicePattern } from './read-segments';
import { type CompiledRule, type MinuteWindow, type Performer } from './schedule';

export type PerformerSources = {
  durations: ReadonlyMap<string, number>;
  patterns: ReadonlyMap<string, ServicePattern>;
  staffRules: ReadonlyMap<string, CompiledRule[]>;
  overrides: CompiledOverrides;
  timeOff: ReadonlyMap<string, Range[]>;
  busy: ReadonlyMap<string, Range[]>;
};

/** The service's performers with their calendars and indexed ranges, sorted by id (rule 5's tie-break). */
export function buildPerformers(sources: PerformerSources): Performer[] {
  const performers: Performer[] = [];
  for (const [id, durationMs] of sources.durations) {
    const rules = sources.staffRules.get(id);
    // A performer missing from `staff` has no working hours, so is never free.
    if (!rules) continue;
    performers.push({
      id,
      durationMs,
      pattern: sources.patterns.get(id)!,
      calendar: { rules, overrides: sources.overrides.staff.get(id) ?? new Map<number, MinuteWindow[]>() },
      timeOff: createRangeIndex(sources.timeOff.get(id) ?? []),
      busy: createRangeIndex(sources.busy.get(id) ?? []),
    });
  }
  return performers.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
