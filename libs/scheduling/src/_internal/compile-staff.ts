import { ok, type Result } from '@salon/errors';
import { type ScheduleError } from '../types';
import { compileRules, type RuleRange } from './compile-rules';
import { fail } from './fail';
import { type CompiledRule } from './schedule';

/** Validates every staff member (unique ids, valid rules) → id → compiled weekly rules. */
export function compileStaff(staff: unknown, range: RuleRange): Result<Map<string, CompiledRule[]>, ScheduleError> {
  if (!Array.isArray(staff)) return fail('invalid_type', 'staff must be an array.', 'staff');
  const byId = new Map<string, CompiledRule[]>();
  for (const [index, member] of staff.entries()) {
    const path = `staff[${index}]`;
    const { id, rules } = (member ?? {}) as { id?: unknown; rules?: unknown };
    if (typeof id !== 'string') return fail('invalid_type', `${path}.id must be a string.`, `${path}.id`);
    if (byId.has(id)) return fail('duplicate_id', `${path}.id is used twice.`, `${path}.id`);
    const compiled = compileRules(rules, `${path}.rules`, range);
    if (!compiled.ok) return compiled;
    byId.set(id, compiled.value);
  }
  return ok(byId);
}
