import { err, type Result } from '@salon/errors';
import { type ScheduleError, type ScheduleErrorCode } from '../types';

/** Builds the error side of a `Result`, so every check reads as one line. */
export function fail(code: ScheduleErrorCode, message: string, path: string): Result<never, ScheduleError> {
  return err({ code, message, path });
}
