import { err, ok, type Result } from '@salon/errors';
import { type ScheduleError, type VisitInput } from '../types';
import { fail } from './fail';
import { prepareSchedule, type PrepareOptions } from './prepare-schedule';
import { type Schedule } from './schedule';

/** Longest visit: more services than this in one sitting is an input mistake. */
export const MAX_VISIT_LINES = 5;

/**
 * One prepared schedule per line of a visit (its own service, performers and patterns), with the
 * visit's outer buffers only on the first and last line, and each line's performers narrowed to
 * its requested staff member. Errors name the line: `lines[1].service.durationMinutes`.
 */
export function prepareVisit(input: VisitInput, options: PrepareOptions): Result<Schedule[], ScheduleError> {
  const lines = (input as { lines?: unknown })?.lines;
  if (!Array.isArray(lines) || lines.length === 0 || lines.length > MAX_VISIT_LINES) {
    return fail('invalid_type', `lines must be an array of 1 to ${MAX_VISIT_LINES} services.`, 'lines');
  }
  const schedules: Schedule[] = [];
  for (const [index, line] of lines.entries()) {
    const { service, staffId } = (line ?? {}) as { service?: Record<string, unknown>; staffId?: unknown };
    if (typeof service !== 'object' || service === null) return fail('invalid_type', `lines[${index}].service must be an object.`, `lines[${index}].service`);
    if (staffId !== undefined && typeof staffId !== 'string') return fail('invalid_type', `lines[${index}].staffId must be a string.`, `lines[${index}].staffId`);
    const staff = Array.isArray(service['staff']) ? (service['staff'] as { staffId?: unknown }[]) : service['staff'];
    const lineService = {
      ...service,
      bufferBeforeMinutes: index === 0 ? service['bufferBeforeMinutes'] : 0,
      bufferAfterMinutes: index === lines.length - 1 ? service['bufferAfterMinutes'] : 0,
      staff: staffId !== undefined && Array.isArray(staff) ? staff.filter((performer) => performer?.staffId === staffId) : staff,
    };
    const schedule = prepareSchedule({ ...input, service: lineService } as never, options);
    if (!schedule.ok) return err({ ...schedule.error, path: schedule.error.path.startsWith('service') ? `lines[${index}].${schedule.error.path}` : schedule.error.path });
    schedules.push(schedule.value);
  }
  return ok(schedules);
}
