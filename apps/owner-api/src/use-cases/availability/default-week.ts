import { addDays } from '../_shared/local-dates';
import { todayInZone } from '../_shared/today-in-zone';

/** `from` defaults to today in the shop's zone, `to` to from + 6 days: a week, as a diary opens. */
export function defaultWeek(input: { from?: string; to?: string }, timeZone: string, now: Date): { from: string; to: string } {
  const from = input.from ?? todayInZone(now, timeZone);
  return { from, to: input.to ?? addDays(from, 6) };
}
