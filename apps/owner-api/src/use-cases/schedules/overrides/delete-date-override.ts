import { and, dateOverrides, eq, isNull, shops } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { type OwnerContext } from '../../../routes/owner-context';

/**
 * Deletes an override of one of the caller's shops; another owner's is the same 404 as an unknown id.
 * @throws NotFoundError('Date override')
 */
export async function deleteDateOverride({ ctx, input }: { ctx: OwnerContext; input: { id: string } }): Promise<void> {
  const [found] = await ctx.db
    .select({ id: dateOverrides.id })
    .from(dateOverrides)
    .innerJoin(shops, eq(shops.id, dateOverrides.shopId))
    .where(and(eq(dateOverrides.id, input.id), eq(shops.ownerId, ctx.ownerId), isNull(shops.deletedAt)))
    .limit(1);
  if (!found) throw new NotFoundError('Date override');
  await ctx.db.delete(dateOverrides).where(eq(dateOverrides.id, found.id));
}
