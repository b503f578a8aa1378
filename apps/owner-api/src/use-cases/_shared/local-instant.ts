import { describeInstant } from '@salon/scheduling';

/** An instant as a shop sees it: its wall-clock start with the offset, and the local date. */
export type LocalInstant = { localStart: string; localDate: string };

/**
 * `2026-03-30T08:00:00Z` in Europe/London → `{ localStart: '2026-03-30T09:00:00+01:00', localDate: '2026-03-30' }`,
 * spelled by the scheduling engine exactly as slots are. Stored shop zones are validated on write,
 * so an engine error here is a bug.
 */
export function localInstantOf(instant: Date, timeZone: string): LocalInstant {
  const described = describeInstant(instant, timeZone);
  if (!described.ok) throw new Error(`local time of a stored booking: ${described.error.message}`);
  return { localStart: described.value.localStart, localDate: described.value.localDate };
}
