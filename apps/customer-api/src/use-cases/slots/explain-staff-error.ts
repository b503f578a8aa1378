import { isAppError, ValidationError } from '@salon/errors';

/**
 * A schedule listing (`onlyWeeklyHoursId`) has no `staffId` parameter: its stylist comes from the
 * weekly-hours row, so the service check's 400 on `query.staffId` (that stylist does not perform the
 * service) is told on `query.serviceId` instead. An id that is no staff member of the shop is
 * already a 404 from loadService (@salon/availability), for every listing and booking alike.
 * @returns the error to throw instead of `error`
 */
export function explainStaffError(input: { onlyWeeklyHoursId?: string }, error: unknown): unknown {
  if (!input.onlyWeeklyHoursId || !isAppError(error) || !error.details.some((detail) => detail.path === 'query.staffId')) return error;
  const message = 'The stylist of this schedule does not perform this service.';
  return new ValidationError(message, [{ path: 'query.serviceId', message }]);
}
