import { err, ok, type Result } from '@salon/errors';
import { type ZoneClock } from './create-zone-clock';
import { readRuleDtstart, readRuleUntil } from './read-rule-dates';
import { Frequency, RRule, Weekday, type Options } from './rrule';

export type WeeklyRuleOptions = Pick<Options, 'freq' | 'byweekday' | 'interval' | 'until' | 'wkst' | 'bymonth'> & {
  /** Floating: its UTC fields are the shop-local wall clock. `null` when the text has none. */
  dtstart: Date | null;
};

// DTSTART (with TZID or VALUE=DATE) and UNTIL are read by read-rule-dates, not by rrule. COUNT
// is turned into the UNTIL of its last occurrence, because the engine moves DTSTART forward to
// the queried weeks (rrule iterates from DTSTART, which costs milliseconds for an old rule).
const ALLOWED = new Set(['freq', 'byweekday', 'interval', 'until', 'count', 'wkst', 'bymonth']);

/** Enough for twenty years of a weekly rule; expanding it once per call stays well under a millisecond. */
const MAX_COUNT = 1000;

/**
 * RRULE text → options for a floating weekly-by-day rule on the shop's wall clock (`shop` converts
 * a TZID or UTC DTSTART and a UTC UNTIL), or a message saying what is wrong.
 */
export function parseWeeklyRule(text: string, shop: ZoneClock): Result<WeeklyRuleOptions, string> {
  if (text.trim() === '') return err('rrule must be non-empty RRULE text.');
  const badDate = findImpossibleDate(text);
  if (badDate) return err(`rrule ${badDate} is not a real date and time between 1970 and 2999.`);
  const start = readRuleDtstart(text, shop);
  if (!start.ok) return start;
  let parsed: Partial<Options>;
  try {
    parsed = RRule.parseString(start.value.rest);
  } catch (error) {
    return err(`rrule does not parse: ${(error as Error).message}`);
  }
  const dtstart = start.value.dtstart;
  const unknownKey = Object.keys(parsed).find((key) => !ALLOWED.has(key));
  if (unknownKey) return err(`rrule may not use ${unknownKey.toUpperCase()}.`);
  if (parsed.freq !== Frequency.WEEKLY) return err('rrule must be FREQ=WEEKLY.');
  const days = parsed.byweekday;
  const isWeekdayList =
    Array.isArray(days) && days.length > 0 && days.every((day) => day instanceof Weekday && day.n === undefined);
  if (!isWeekdayList) return err('rrule needs BYDAY with plain weekdays (MO..SU).');
  const interval = parsed.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1) return err('rrule INTERVAL must be a positive integer.');
  if (interval > 1 && !dtstart) return err('rrule with INTERVAL > 1 needs a DTSTART to anchor its weeks.');
  if ('wkst' in parsed && typeof parsed.wkst !== 'number' && !(parsed.wkst instanceof Weekday)) {
    return err('rrule WKST must be a weekday.');
  }
  if (!isMonthList(parsed.bymonth)) return err('rrule BYMONTH must list months 1..12.');
  if (!isValidDate(parsed.until) || !isValidDate(dtstart)) return err('rrule UNTIL/DTSTART is not a date.');
  const options: WeeklyRuleOptions = {
    freq: Frequency.WEEKLY,
    byweekday: days,
    interval,
    until: parsed.until ? (readRuleUntil(start.value.rest, shop) ?? parsed.until) : null,
    wkst: parsed.wkst ?? null,
    bymonth: parsed.bymonth ?? null,
    dtstart,
  };
  return parsed.count === undefined || parsed.count === null ? ok(options) : countToUntil(options, parsed.count);
}

/** COUNT → the UNTIL of its last occurrence (same dates), so DTSTART may be moved forward later. */
function countToUntil(options: WeeklyRuleOptions, count: number): Result<WeeklyRuleOptions, string> {
  if (options.until) return err('rrule may not have both COUNT and UNTIL.');
  if (!options.dtstart) return err('rrule with COUNT needs a DTSTART to count from.');
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) return err(`rrule COUNT must be 1..${MAX_COUNT}.`);
  try {
    const all = new RRule({ ...options, count }).all();
    const last = all[all.length - 1];
    // No occurrence at all (BYMONTH never met): an UNTIL before DTSTART yields none either.
    return ok({ ...options, until: last ?? new Date(options.dtstart.getTime() - 1) });
  } catch (error) {
    return err(`rrule cannot be expanded: ${(error as Error).message}`);
  }
}

function isMonthList(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  const months = Array.isArray(value) ? value : [value];
  return months.every((month) => Number.isInteger(month) && month >= 1 && month <= 12);
}

function isValidDate(value: unknown): boolean {
  return value === undefined || value === null || (value instanceof Date && !Number.isNaN(value.getTime()));
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DATE_VALUE = /(DTSTART(?:;[^:\n]*)?:|UNTIL=)(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?/gi;

/**
 * rrule's parser rolls impossible dates over (DTSTART 20260230 becomes 2 March), which would move
 * a fortnightly rule's weeks silently; so every DTSTART/UNTIL value is checked as written.
 */
function findImpossibleDate(text: string): string | undefined {
  for (const match of text.matchAll(DATE_VALUE)) {
    const [whole, , y, mo, d, h = '00', mi = '00', s = '00'] = match;
    const [year, month, day] = [Number(y), Number(mo), Number(d)];
    const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const maxDay = month === 2 && !isLeap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
    const isValid =
      year >= 1970 && year <= 2999 && day >= 1 && day <= maxDay && Number(h) < 24 && Number(mi) < 60 && Number(s) < 60;
    if (!isValid) return whole;
  }
  return undefined;
}
