import { type Schedule } from './schedule';

export type StartTimes = { start: string; localStart: string; localDate: string };

/** The public spellings of a slot start on local date `day`: UTC ISO, local ISO with offset, date. */
export function describeStart(schedule: Schedule, day: number, startMs: number): StartTimes {
  const offsetMs = schedule.clock.steadyOffset(day) ?? schedule.clock.offsetAt(startMs);
  const localStart = schedule.format.local(startMs, offsetMs);
  return { start: schedule.format.utc(startMs), localStart, localDate: localStart.slice(0, 10) };
}
