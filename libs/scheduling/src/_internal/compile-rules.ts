import { ok, type Result } from '@salon/errors';
import { type ScheduleError } from '../types';
import { type ZoneClock } from './create-zone-clock';
import { expandWeeklyRule } from './expand-weekly-rule';
import { fail } from './fail';
import { parseWeeklyRule } from './parse-weekly-rule';
import { parseLocalDate } from './parse-local-date';
import { parseWindow } from './parse-window';
import { type CompiledRule } from './schedule';

/** Rule text → its dates in the range; staff usually share a handful of texts, so parse each once. */
export type RuleCache = Map<string, Result<ReadonlySet<number>, string>>;

/** The queried local dates, the per-call cache and the shop's clock (a TZID or UTC DTSTART/UNTIL is converted with it). */
export type RuleRange = { fromDay: number; toDay: number; cache: RuleCache; clock: ZoneClock };

/** Validates weekly rules and resolves each to the local dates it covers in the range. */
export function compileRules(rules: unknown, path: string, range: RuleRange): Result<CompiledRule[], ScheduleError> {
  if (!Array.isArray(rules)) return fail('invalid_type', `${path} must be an array.`, path);
  const compiled: CompiledRule[] = [];
  for (const [index, rule] of rules.entries()) {
    const rulePath = `${path}[${index}]`;
    const window = parseWindow(rule, rulePath);
    if (!window.ok) return window;
    const text = (rule as { rrule?: unknown }).rrule;
    if (typeof text !== 'string') return fail('invalid_rrule', 'rrule must be RRULE text.', `${rulePath}.rrule`);
    const days = datesOf(text, range);
    if (!days.ok) return fail('invalid_rrule', days.error, `${rulePath}.rrule`);
    const validity = readValidity(rule as { validFrom?: unknown; validUntil?: unknown }, rulePath);
    if (!validity.ok) return validity;
    compiled.push({ days: withinValidity(days.value, validity.value), window: window.value });
  }
  return ok(compiled);
}

function datesOf(text: string, range: RuleRange): Result<ReadonlySet<number>, string> {
  let days = range.cache.get(text);
  if (!days) {
    const options = parseWeeklyRule(text, range.clock);
    days = options.ok ? expandWeeklyRule(options.value, range.fromDay, range.toDay) : options;
    range.cache.set(text, days);
  }
  return days;
}

type Validity = { fromDay: number; toDay: number };

/** Optional `validFrom`/`validUntil` local dates (inclusive) bound the days a rule covers. */
function readValidity(rule: { validFrom?: unknown; validUntil?: unknown }, path: string): Result<Validity, ScheduleError> {
  const fromDay = rule.validFrom == null ? -Infinity : parseLocalDate(rule.validFrom);
  if (fromDay === undefined) return fail('invalid_date', 'validFrom must be "YYYY-MM-DD".', `${path}.validFrom`);
  const toDay = rule.validUntil == null ? Infinity : parseLocalDate(rule.validUntil);
  if (toDay === undefined) return fail('invalid_date', 'validUntil must be "YYYY-MM-DD".', `${path}.validUntil`);
  if (toDay < fromDay) return fail('invalid_range', 'validUntil must not be before validFrom.', `${path}.validUntil`);
  return ok({ fromDay, toDay });
}

function withinValidity(days: ReadonlySet<number>, validity: Validity): ReadonlySet<number> {
  if (validity.fromDay === -Infinity && validity.toDay === Infinity) return days;
  return new Set([...days].filter((day) => day >= validity.fromDay && day <= validity.toDay));
}
