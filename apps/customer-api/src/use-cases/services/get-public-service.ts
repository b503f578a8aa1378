import { and, eq, services, shops, type Database } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { isPublicShop } from '../_shared/find-public-shop';
import { isPublicService, toPublicService } from './to-public-service';

/**
 * One service anyone may see: it and its shop both active and not deleted.
 * @throws NotFoundError('Service') otherwise, the same as an unknown id
 */
export async function getPublicService({ ctx, input }: { ctx: { db: Database }; input: { id: string } }) {
  const [row] = await ctx.db
    .select({ service: services, currency: shops.currency })
    .from(services)
    .innerJoin(shops, eq(shops.id, services.shopId))
    .where(and(eq(services.id, input.id), isPublicService(), isPublicShop()))
    .limit(1);
  if (!row) throw new NotFoundError('Service');
  return toPublicService(row.service, row.currency);
}
