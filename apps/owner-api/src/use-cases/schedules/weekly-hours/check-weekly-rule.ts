import { validateWeeklyRule, type ValidWeeklyRule, type WeeklyRuleFields } from '@salon/scheduling';
import { scheduleValidationError } from '../_shared/schedule-validation-error';

/** The rule a list of days stands for: what the engine reads and what is stored. */
export const ruleOfDays = (days: readonly string[]) => `FREQ=WEEKLY;BYDAY=${days.join(',')}`;

/**
 * Validates a weekly row with the engine (so what is stored can always be computed) and returns
 * its canonical rule text and days. `rruleField` is the body field the rule came from.
 * @throws ValidationError naming the body field and giving the engine's reason
 */
export function checkWeeklyRule(fields: WeeklyRuleFields, rruleField: 'rrule' | 'daysOfWeek'): ValidWeeklyRule {
  const result = validateWeeklyRule(fields);
  if (!result.ok) throw scheduleValidationError(result.error, { rrule: rruleField, start: 'startTime', end: 'endTime' });
  return result.value;
}
