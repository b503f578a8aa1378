import { type InstantInput } from '../types';
import { MINUTE_MS } from './constants';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A `Date` or an ISO 8601 instant → epoch milliseconds, or `undefined`. Strings must be
 * `YYYY-MM-DDTHH:mm[:ss[.sss]]` plus `Z` or `±HH:mm`: without an offset an instant would be read
 * in the process time zone. Stricter than `Date.parse` (which takes 2026-02-30), and read digit by
 * digit because callers may pass every booking of a shop as JSON strings.
 */
export function parseInstant(value: InstantInput | unknown): number | undefined {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? undefined : ms;
  }
  return typeof value === 'string' ? parseIsoString(value) : undefined;
}

// The number spelled by `count` ASCII digits at `from`, or NaN.
function digitsAt(text: string, from: number, count: number): number {
  let total = 0;
  for (let i = from; i < from + count; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    total = total * 10 + digit;
  }
  return total;
}

function parseIsoString(text: string): number | undefined {
  if (text.length < 17 || text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':') return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  let index = 16;
  let second = 0;
  let millis = 0;
  if (text[index] === ':') {
    second = digitsAt(text, index + 1, 2);
    index += 3;
    if (text[index] === '.') {
      let end = index + 1;
      while (end < index + 4 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end += 1;
      if (end === index + 1) return undefined;
      millis = digitsAt(text, index + 1, end - index - 1) * (end === index + 2 ? 100 : end === index + 3 ? 10 : 1);
      index = end;
    }
  }
  const offsetMs = parseOffset(text, index);
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 && isLeap ? 29 : DAYS_IN_MONTH[month - 1];
  const isValid = monthDays !== undefined && day >= 1 && day <= monthDays && hour <= 23 && minute <= 59 && second <= 59;
  if (!isValid || offsetMs === undefined || Number.isNaN(year)) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMs;
}

function parseOffset(text: string, index: number): number | undefined {
  if (text.length === index + 1 && text[index] === 'Z') return 0;
  const sign = text[index] === '+' ? 1 : text[index] === '-' ? -1 : 0;
  if (sign === 0 || text.length !== index + 6 || text[index + 3] !== ':') return undefined;
  const hours = digitsAt(text, index + 1, 2);
  const minutes = digitsAt(text, index + 4, 2);
  if (!(hours <= 23 && minutes <= 59)) return undefined;
  return sign * (hours * 60 + minutes) * MINUTE_MS;
}
