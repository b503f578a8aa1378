import { AppError, ValidationError } from '@salon/errors';
import { type ScheduleError } from '@salon/scheduling';

/**
 * The engine's input error as the API's: a bad or too long range is the caller's (400 on the
 * field, e.g. `query.to`); anything else means stored rows the engine cannot read, which write-time
 * validation should have prevented, so it is a 500 to fix rather than the caller's fault.
 */
export function engineErrorToAppError(error: ScheduleError, where: 'body' | 'query'): AppError {
  if (error.path === 'from' || error.path === 'to') {
    return new ValidationError(error.message, [{ path: `${where}.${error.path}`, message: error.message }]);
  }
  return new AppError('internal', 'The shop\'s schedule could not be computed.', { cause: error });
}
