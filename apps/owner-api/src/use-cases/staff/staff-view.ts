import { type OwnerStaff } from '@salon/contracts-owner';
import { and, asc, eq, inArray, isNull, services, shops, staff, staffServices, type Database, type Staff } from '@salon/db';
import { NotFoundError } from '@salon/errors';

/**
 * A staff member of one of the caller's shops, not deleted; another owner's and an unknown id are
 * the same 404.
 * @throws NotFoundError('Staff member')
 */
export async function findOwnedStaff(ctx: { db: Database; ownerId: string }, staffId: string) {
  const [row] = await ctx.db
    .select({ member: staff, currency: shops.currency })
    .from(staff)
    .innerJoin(shops, eq(shops.id, staff.shopId))
    .where(and(eq(staff.id, staffId), isNull(staff.deletedAt), eq(shops.ownerId, ctx.ownerId), isNull(shops.deletedAt)))
    .limit(1);
  if (!row) throw new NotFoundError('Staff member');
  return row;
}

/** The owner's view of staff members of one shop, each with the services they perform (one query for all). */
export async function toOwnerStaff(db: Database, members: Staff[], currency: string): Promise<OwnerStaff[]> {
  const ids = members.map((member) => member.id);
  const links =
    ids.length === 0
      ? []
      : await db
          .select({ link: staffServices, service: services })
          .from(staffServices)
          .innerJoin(services, and(eq(services.id, staffServices.serviceId), eq(services.shopId, staffServices.shopId)))
          .where(and(inArray(staffServices.staffId, ids), isNull(services.deletedAt)))
          .orderBy(asc(services.createdAt), asc(services.id));
  return members.map((member) => ({
    id: member.id,
    shopId: member.shopId,
    displayName: member.displayName,
    email: member.email,
    isActive: member.isActive,
    services: links
      .filter(({ link }) => link.staffId === member.id)
      .map(({ link, service }) => ({
        serviceId: service.id,
        name: service.name,
        priceMinor: link.priceMinor,
        durationMinutes: link.durationMinutes,
        segments: link.segments,
        effectivePriceMinor: link.priceMinor ?? service.priceMinor,
        effectiveDurationMinutes: link.durationMinutes ?? service.durationMinutes,
        currency,
      })),
    createdAt: member.createdAt.toISOString(),
    updatedAt: member.updatedAt.toISOString(),
  }));
}

/** One member's view. */
export async function toOneOwnerStaff(db: Database, member: Staff, currency: string): Promise<OwnerStaff> {
  const [view] = await toOwnerStaff(db, [member], currency);
  if (!view) throw new NotFoundError('Staff member');
  return view;
}
