import { PublicStaffSchema } from '@salon/contracts-customer';
import { cacheKeys } from '@salon/cache';
import { and, asc, eq, inArray, isNull, services, staff, staffServices, type Database } from '@salon/db';
import { type ReadCache } from '../../read-cache';
import { afterCursor, toPage } from '../_shared/keyset-page';
import { findPublicShop } from '../_shared/find-public-shop';
import { readThrough } from '../_shared/read-through';
import { isPublicService } from '../services/to-public-service';

/**
 * An active shop's active staff as customers see them, oldest first, one page at a time: the first
 * word of the name the shop gave and the active services each performs. Never a surname or email.
 * Cached under the shop's cache version (staff, staff_services and service changes bump it).
 * @throws NotFoundError('Shop') for an inactive, deleted or unknown shop
 */
export async function listShopStaff({
  ctx,
  input,
}: {
  ctx: { db: Database; readCache?: ReadCache };
  input: { shopId: string; limit: number; cursor?: string };
}) {
  const after = afterCursor(staff, input.cursor);
  const shop = await findPublicShop(ctx, input.shopId);
  const key = cacheKeys.shop(shop.id, shop.cacheVersion, 'staff', input.limit, input.cursor);
  return readThrough(ctx.readCache, key, () => staffPage(ctx.db, shop.id, input.limit, after));
}

/** One page of the shop's public staff, each with the active services they perform. */
async function staffPage(db: Database, shopId: string, limit: number, after: ReturnType<typeof afterCursor>) {
  const rows = await db
    .select({ id: staff.id, displayName: staff.displayName, createdAt: staff.createdAt })
    .from(staff)
    .where(and(eq(staff.shopId, shopId), eq(staff.isActive, true), isNull(staff.deletedAt), after))
    .orderBy(asc(staff.createdAt), asc(staff.id))
    .limit(limit + 1);
  const ids = rows.slice(0, limit).map((row) => row.id);
  const performed =
    ids.length === 0
      ? []
      : await db
          .select({ staffId: staffServices.staffId, id: services.id, name: services.name })
          .from(staffServices)
          .innerJoin(services, eq(services.id, staffServices.serviceId))
          .where(and(inArray(staffServices.staffId, ids), eq(services.shopId, shopId), isPublicService()))
          .orderBy(asc(services.createdAt), asc(services.id));
  return toPage(rows, limit, (row) => row, (row) =>
    PublicStaffSchema.parse({
      id: row.id,
      firstName: firstNameOf(row.displayName),
      services: performed.filter((entry) => entry.staffId === row.id).map(({ id, name }) => ({ id, name })),
    }),
  );
}

/** "Ann Smith-Jones" → "Ann": the surname is the shop's to know, not the public's. */
const firstNameOf = (displayName: string) => displayName.trim().split(/\s+/)[0] ?? '';
