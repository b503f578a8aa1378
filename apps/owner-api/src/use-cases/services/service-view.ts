import { type OwnerService } from '@salon/contracts-owner';
import { and, eq, isNull, services, shops, type Database, type Service } from '@salon/db';
import { NotFoundError } from '@salon/errors';

/** The owner's view of a service; the currency is its shop's. */
export function toOwnerService(service: Service, currency: string): OwnerService {
  const { deletedAt: _deletedAt, createdAt, updatedAt, ...fields } = service;
  return { ...fields, currency, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}

/**
 * A service of one of the caller's shops, neither deleted; another owner's and an unknown id are
 * the same 404.
 * @throws NotFoundError('Service')
 */
export async function findOwnedService(ctx: { db: Database; ownerId: string }, serviceId: string) {
  const [row] = await ctx.db
    .select({ service: services, currency: shops.currency })
    .from(services)
    .innerJoin(shops, eq(shops.id, services.shopId))
    .where(and(eq(services.id, serviceId), isNull(services.deletedAt), eq(shops.ownerId, ctx.ownerId), isNull(shops.deletedAt)))
    .limit(1);
  if (!row) throw new NotFoundError('Service');
  return row;
}
