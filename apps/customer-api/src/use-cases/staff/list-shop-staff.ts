import { PublicStaffSchema } from '@salon/contracts-customer';
import { and, asc, eq, inArray, isNull, services, staff, staffServices, type Database } from '@salon/db';
import { afterCursor, toPage } from '../_shared/keyset-page';
import { findPublicShop } from '../_shared/find-public-shop';
import { isPublicService } from '../services/to-public-service';

/**
 * An active shop's active staff as customers see them, oldest first, one page at a time: the first
 * word of the name the shop gave and the active services each performs. Never a surname or email.
 * @throws NotFoundError('Shop') for an inactive, deleted or unknown shop
 */
export async function listShopStaff({
  ctx,
  input,
}: {
  ctx: { db: Database };
  input: { shopId: string; limit: number; cursor?: string };
}) {
  const after = afterCursor(staff, input.cursor);
  const shop = await findPublicShop(ctx, input.shopId);
  const rows = await ctx.db
    .select({ id: staff.id, displayName: staff.displayName, createdAt: staff.createdAt })
    .from(staff)
    .where(and(eq(staff.shopId, shop.id), eq(staff.isActive, true), isNull(staff.deletedAt), after))
    .orderBy(asc(staff.createdAt), asc(staff.id))
    .limit(input.limit + 1);
  const ids = rows.slice(0, input.limit).map((row) => row.id);
  const performed =
    ids.length === 0
      ? []
      : await ctx.db
          .select({ staffId: staffServices.staffId, id: services.id, name: services.name })
          .from(staffServices)
          .innerJoin(services, eq(services.id, staffServices.serviceId))
          .where(and(inArray(staffServices.staffId, ids), eq(services.shopId, shop.id), isPublicService()))
          .orderBy(asc(services.createdAt), asc(services.id));
  return toPage(rows, input.limit, (row) => row, (row) =>
    PublicStaffSchema.parse({
      id: row.id,
      firstName: firstNameOf(row.displayName),
      services: performed.filter((entry) => entry.staffId === row.id).map(({ id, name }) => ({ id, name })),
    }),
  );
}

/** "Ann Smith-Jones" → "Ann": the surname is the shop's to know, not the public's. */
const firstNameOf = (displayName: string) => displayName.trim().split(/\s+/)[0] ?? '';
