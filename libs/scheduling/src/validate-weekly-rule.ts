import { ok, type Result } from '@salon/errors';
import { createZoneClock } from './_internal/create-zone-clock';
import { fail } from './_internal/fail';
import { parseLocalDate } from './_internal/parse-local-date';
import { parseWeeklyRule } from './_internal/parse-weekly-rule';
import { parseWindow } from './_internal/parse-window';
import { type ScheduleError } from './types';

/** A weekday as RFC 5545 spells it in BYDAY. */
export type DayOfWeek = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/** One weekly working window as it is stored: the rule, its local window and optional validity dates. */
export type WeeklyRuleFields = {
  rrule: string;
  start: string;
  end: string;
  /** Shop-local `YYYY-MM-DD`, inclusive; null or absent = open-ended. */
  validFrom?: string | null;
  validUntil?: string | null;
};

/** What a valid rule is: its canonical text (upper case, as RFC 5545 allows) and its BYDAY days. */
export type ValidWeeklyRule = { rrule: string; daysOfWeek: DayOfWeek[] };

const UTC_CLOCK = createZoneClock('UTC')!;
const TZID_PARAM = /TZID=([^:;\r\n]*)/i;

const DAYS: readonly DayOfWeek[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * Checks one weekly rule with the engine's own parsers, so a rule that passes is one `listSlots`
 * and `checkSlot` can always compute: `FREQ=WEEKLY` with plain BYDAY days (no COUNT, no TZID), a
 * `start` before its `end` on one date (`24:00` only as an end), and real validity dates in order.
 * RFC 5545 text is case-insensitive, so the rule is checked and returned in upper case, the one
 * spelling the engine reads. `path` of an error is the field: `rrule`, `start`, `end`,
 * `validFrom` or `validUntil`.
 *
 * @example
 * validateWeeklyRule({ rrule: 'FREQ=WEEKLY;BYDAY=WE,MO', start: '09:00', end: '13:00' });
 * // { ok: true, value: { rrule: 'FREQ=WEEKLY;BYDAY=WE,MO', daysOfWeek: ['MO', 'WE'] } }
 * validateWeeklyRule({ rrule: 'FREQ=DAILY', start: '09:00', end: '13:00' });
 * // { ok: false, error: { code: 'invalid_rrule', message: 'rrule must be FREQ=WEEKLY.', path: 'rrule' } }
 */
export function validateWeeklyRule(rule: WeeklyRuleFields): Result<ValidWeeklyRule, ScheduleError> {
  const { rrule, start, end, validFrom, validUntil } = (rule ?? {}) as Partial<WeeklyRuleFields>;
  const window = parseWindow({ start, end }, 'window');
  if (!window.ok) {
    const { code, message, path } = window.error;
    return fail(code, message.replace(/^window\./, ''), path.replace(/^window\./, ''));
  }
  if (typeof rrule !== 'string') return fail('invalid_rrule', 'rrule must be RRULE text.', 'rrule');
  // Upper case except a TZID's value: zone names are spelled as IANA spells them.
  const trimmed = rrule.trim();
  const tzid = TZID_PARAM.exec(trimmed)?.[1];
  const text = trimmed.toUpperCase().replace(TZID_PARAM, (param) => (tzid === undefined ? param : `TZID=${tzid}`));
  // The shop's zone only moves a TZID or UTC DTSTART/UNTIL on its clock; whether the rule is valid does not depend on it.
  const options = parseWeeklyRule(text, UTC_CLOCK);
  if (!options.ok) return fail('invalid_rrule', options.error, 'rrule');
  const from = readOptionalDate(validFrom, 'validFrom');
  if (!from.ok) return from;
  const until = readOptionalDate(validUntil, 'validUntil');
  if (!until.ok) return until;
  if (from.value !== undefined && until.value !== undefined && until.value < from.value) {
    return fail('invalid_range', 'validUntil must not be before validFrom.', 'validUntil');
  }
  const weekdays = new Set((options.value.byweekday as { weekday: number }[]).map((day) => day.weekday));
  return ok({ rrule: text, daysOfWeek: DAYS.filter((_, index) => weekdays.has(index)) });
}

function readOptionalDate(value: unknown, path: string): Result<number | undefined, ScheduleError> {
  if (value === undefined || value === null) return ok(undefined);
  const day = parseLocalDate(value);
  if (day === undefined) return fail('invalid_date', `${path} must be a real date as "YYYY-MM-DD".`, path);
  return ok(day);
}
