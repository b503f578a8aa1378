import { describeInstant } from '@salon/scheduling';

/** Today's date on the shop's wall clock; a zone the runtime does not know falls back to UTC. */
export function todayInZone(now: Date, timeZone: string): string {
  const described = describeInstant(now, timeZone);
  return described.ok ? described.value.localDate : now.toISOString().slice(0, 10);
}
