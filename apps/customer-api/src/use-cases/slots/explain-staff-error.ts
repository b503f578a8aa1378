import { and, eq, isNull, staff, type Database } from '@salon/db';
import { isAppError, NotFoundError, ValidationError } from '@salon/errors';

/**
 * The engine refuses a `staffId` who does not perform the service with a 400 on `query.staffId`.
 * That is the answer for a staff member of this shop (issue 8), but an id that is not one of the
 * shop's staff customers can see (unknown, another shop's, deleted or switched off) is a 404, as
 * on owner-api (conventions.md: never reveal another tenant's ids). A schedule listing has no
 * `staffId` parameter: its stylist comes from the weekly-hours row, so the 400 is on `serviceId`.
 * Runs only on that error path, so a listing pays nothing for it.
 * @returns the error to throw instead of `error`
 */
export async function explainStaffError(
  ctx: { db: Database },
  input: { shopId: string; staffId?: string; onlyWeeklyHoursId?: string },
  error: unknown,
): Promise<unknown> {
  if (!isAppError(error) || !input.staffId || !error.details.some((detail) => detail.path === 'query.staffId')) return error;
  if (input.onlyWeeklyHoursId) {
    const message = 'The stylist of this schedule does not perform this service.';
    return new ValidationError(message, [{ path: 'query.serviceId', message }]);
  }
  const [member] = await ctx.db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.id, input.staffId), eq(staff.shopId, input.shopId), eq(staff.isActive, true), isNull(staff.deletedAt)))
    .limit(1);
  return member ? error : new NotFoundError('Staff member');
}
