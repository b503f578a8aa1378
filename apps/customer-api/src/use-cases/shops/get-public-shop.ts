import { PublicShopSchema } from '@salon/contracts-customer';
import { type Database } from '@salon/db';
import { findPublicShop } from '../_shared/find-public-shop';

/**
 * One shop's public page. The contract's schema is the projection: it drops the owner id, the
 * feed token and any column added later.
 * @throws NotFoundError('Shop') for an inactive, deleted or unknown shop
 */
export async function getPublicShop({ ctx, input }: { ctx: { db: Database }; input: { id: string } }) {
  return PublicShopSchema.parse(await findPublicShop(ctx, input.id));
}
