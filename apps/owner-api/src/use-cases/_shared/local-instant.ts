/** An instant as a shop sees it: its wall-clock start with the offset, and the local date. */
export type LocalInstant = { localStart: string; localDate: string };

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * `2026-03-30T08:00:00Z` in Europe/London → `{ localStart: '2026-03-30T09:00:00+01:00', localDate: '2026-03-30' }`.
 * Intl knows every IANA zone the shop schema accepts, so no time-zone library is needed here.
 */
export function localInstantOf(instant: Date, timeZone: string): LocalInstant {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const localDate = `${(parts.year ?? '').padStart(4, '0')}-${parts.month}-${parts.day}`;
  const offset = (parts.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return { localStart: `${localDate}T${parts.hour}:${parts.minute}:${parts.second}${offset}`, localDate };
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
