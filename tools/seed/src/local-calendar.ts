import { TZDate } from '@date-fns/tz';

/** A calendar date in some shop's zone; `month` is 1–12. */
export type LocalDate = { year: number; month: number; day: number };

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The date it is in `timeZone` at the instant `now`. */
export function localToday(now: Date, timeZone: string): LocalDate {
  const zoned = new TZDate(now.getTime(), timeZone);
  return { year: zoned.getFullYear(), month: zoned.getMonth() + 1, day: zoned.getDate() };
}

/** Calendar arithmetic (no zone involved: a date is not an instant). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The rrule BYDAY code of a date: `MO` … `SU`. */
export function weekdayCode(date: LocalDate): string {
  return WEEKDAY_CODES[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()] ?? 'MO';
}

/** `YYYY-MM-DD`, the API's and PostgreSQL's date format. */
export function isoDate(date: LocalDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** The instant a shop-local wall-clock time (`HH:mm`) happens on a local date. */
export function localInstant(date: LocalDate, hhmm: string, timeZone: string): Date {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return new Date(new TZDate(date.year, date.month - 1, date.day, hours, minutes, timeZone).getTime());
}
