import { tz } from '@date-fns/tz';
import { format } from 'date-fns';

// Intl names zones per locale: en-US knows EST/PST, en-GB BST/CET, en-AU AEDT, en-IN IST.
const ABBREVIATION_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN'];

/**
 * The zone's abbreviation at `instant` ("GMT", "BST", "EST", "AEDT", "IST"), or its offset
 * ("GMT+4") where no locale has a name for it.
 */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  let fallback = 'UTC';
  for (const locale of ABBREVIATION_LOCALES) {
    const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value;
    if (!name) continue;
    if (!/^(GMT|UTC)[+-]/.test(name)) return name;
    fallback = name;
  }
  return fallback;
}

/** "Tuesday 1 December 2026, 10:00 GMT": the wall-clock time in `timeZone` with its abbreviation. */
export function formatInZone(instant: Date, timeZone: string): string {
  return `${format(instant, 'EEEE d MMMM yyyy, HH:mm', { in: tz(timeZone) })} ${zoneAbbreviation(instant, timeZone)}`;
}
