import { and, asc, eq, isNull, services, type Database } from '@salon/db';
import { findOwnedShop } from '../_shared/find-owned-shop';
import { toOwnerService } from './service-view';

/** Every service of one of the caller's shops, inactive ones too, not deleted ones (GET /services/shop/:shopId). */
export async function listServices({ ctx, input }: { ctx: { db: Database; ownerId: string }; input: { shopId: string } }) {
  const shop = await findOwnedShop(ctx, input.shopId);
  const rows = await ctx.db
    .select()
    .from(services)
    .where(and(eq(services.shopId, shop.id), isNull(services.deletedAt)))
    .orderBy(asc(services.createdAt), asc(services.id));
  return { items: rows.map((service) => toOwnerService(service, shop.currency)) };
}
