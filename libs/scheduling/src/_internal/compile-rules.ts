import { ok, type Result } from '@salon/errors';
import { type ScheduleError } from '../types';
import { expandWeeklyRule } from './expand-weekly-rule';
import { fail } from './fail';
import { parseWeeklyRule } from './parse-weekly-rule';
import { parseWindow } from './parse-window';
import { type CompiledRule } from './schedule';

/** Rule text → its dates in the range; staff usually share a handful of texts, so parse each once. */
export type RuleCache = Map<string, Result<ReadonlySet<number>, string>>;

export type RuleRange = { fromDay: number; toDay: number; cache: RuleCache };

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
    compiled.push({ days: days.value, window: window.value });
  }
  return ok(compiled);
}

function datesOf(text: string, range: RuleRange): Result<ReadonlySet<number>, string> {
  let days = range.cache.get(text);
  if (!days) {
    const options = parseWeeklyRule(text);
    days = options.ok ? expandWeeklyRule(options.value, range.fromDay, range.toDay) : options;
    range.cache.set(text, days);
  }
  return days;
}
