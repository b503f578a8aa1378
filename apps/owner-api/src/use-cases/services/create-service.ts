import { type CreateServiceBody } from '@salon/contracts-owner';
import { services, type Database } from '@salon/db';
import { AppError } from '@salon/errors';
import { findOwnedShop } from '../_shared/find-owned-shop';
import { toOwnerService } from './service-view';

/** Adds a service to one of the caller's shops (POST /services); another owner's shop is a 404. */
export async function createService({ ctx, input }: { ctx: { db: Database; ownerId: string }; input: CreateServiceBody }) {
  const shop = await findOwnedShop(ctx, input.shopId);
  const [service] = await ctx.db.insert(services).values({ ...input, shopId: shop.id }).returning();
  if (!service) throw new AppError('internal', 'The service was not created.');
  return toOwnerService(service, shop.currency);
}
