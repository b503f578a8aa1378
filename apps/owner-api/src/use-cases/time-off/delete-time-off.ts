import { and, eq, isNull, shops, timeOff } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { type OwnerContext } from '../../routes/owner-context';

/**
 * Deletes time off of one of the caller's shops; another owner's is the same 404 as an unknown id.
 * @throws NotFoundError('Time off')
 */
export async function deleteTimeOff({ ctx, input }: { ctx: OwnerContext; input: { id: string } }): Promise<void> {
  const [found] = await ctx.db
    .select({ id: timeOff.id })
    .from(timeOff)
    .innerJoin(shops, eq(shops.id, timeOff.shopId))
    .where(and(eq(timeOff.id, input.id), eq(shops.ownerId, ctx.ownerId), isNull(shops.deletedAt)))
    .limit(1);
  if (!found) throw new NotFoundError('Time off');
  await ctx.db.delete(timeOff).where(eq(timeOff.id, found.id));
}
