import { ValidationError } from '@salon/errors';
import { type ScheduleError } from '@salon/scheduling';

/**
 * The engine's refusal as our 400 `validation_failed`: the detail names the request field (the
 * engine's `start` is the body's `startTime`, `windows[1].end` is `body.windows.1.end`) and gives
 * the engine's reason, so the caller learns why the scheduler cannot use what they sent.
 */
export function scheduleValidationError(error: ScheduleError, fields: Record<string, string> = {}): ValidationError {
  const [head = '', ...rest] = error.path.replace(/\[(\d+)\]/g, '.$1').split('.');
  const path = ['body', fields[head] ?? head, ...rest].join('.');
  return new ValidationError(`${path} is invalid: ${error.message}`, [{ path, message: error.message }]);
}
