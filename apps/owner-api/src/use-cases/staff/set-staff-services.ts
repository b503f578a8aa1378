import { type SetStaffServicesBody } from '@salon/contracts-owner';
import { and, eq, inArray, isNull, services, staffServices, withTransaction, type Database } from '@salon/db';
import { ValidationError } from '@salon/errors';
import { findOwnedStaff, toOneOwnerStaff } from './staff-view';

/**
 * Replaces the services a staff member performs (PUT /staff/:id/services), each with an optional
 * own price and duration. Every service must be a live service of the member's own shop: anything
 * else is a 400 naming its list entry (the same-shop foreign keys refuse it in the database too).
 * Own segments (processing time) must add up to the member's length of the service: their own
 * `durationMinutes` when given (the contract checks that), else the service's.
 * @throws ValidationError, NotFoundError
 */
export async function setStaffServices({
  ctx,
  input,
}: {
  ctx: { db: Database; ownerId: string };
  input: { id: string; body: SetStaffServicesBody };
}) {
  return withTransaction(ctx, async (tx) => {
    const { member, currency } = await findOwnedStaff({ db: tx, ownerId: ctx.ownerId }, input.id);
    const wanted = input.body.services;
    const ids = wanted.map((item) => item.serviceId);
    const found =
      ids.length === 0
        ? []
        : await tx
            .select({ id: services.id, durationMinutes: services.durationMinutes })
            .from(services)
            .where(and(inArray(services.id, ids), eq(services.shopId, member.shopId), isNull(services.deletedAt)));
    const durationOf = new Map(found.map((row) => [row.id, row.durationMinutes]));
    const unknown = wanted.flatMap((item, index) =>
      durationOf.has(item.serviceId) ? [] : [{ path: `body.services.${index}.serviceId`, message: 'No such service in this staff member\'s shop.' }],
    );
    if (unknown.length > 0) throw new ValidationError('Some services are not services of this shop.', unknown);
    const badSegments = wanted.flatMap((item, index) => {
      const length = item.durationMinutes ?? durationOf.get(item.serviceId)!;
      if (!item.segments || item.segments.reduce((sum, segment) => sum + segment.minutes, 0) === length) return [];
      return [{ path: `body.services.${index}.segments`, message: `The segments must add up to the service's length here (${length} minutes).` }];
    });
    if (badSegments.length > 0) throw new ValidationError('Some segments do not add up to the service\'s length.', badSegments);

    await tx.delete(staffServices).where(eq(staffServices.staffId, member.id));
    if (wanted.length > 0) {
      await tx.insert(staffServices).values(
        wanted.map((item) => ({
          shopId: member.shopId,
          staffId: member.id,
          serviceId: item.serviceId,
          priceMinor: item.priceMinor ?? null,
          durationMinutes: item.durationMinutes ?? null,
          segments: item.segments ?? null,
        })),
      );
    }
    return toOneOwnerStaff(tx, member, currency);
  });
}
