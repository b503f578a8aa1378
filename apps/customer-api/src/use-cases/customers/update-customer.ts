import { type CustomerProfileBody } from '@salon/contracts-customer';
import { customers, eq, withTransaction } from '@salon/db';
import { updateProfile } from '@salon/identity';
import { type CustomerContext } from '../../routes/customer-context';
import { getCustomer } from './get-customer';

/**
 * Changes the caller's display name (on their user, through identity's own update), phone or
 * preferred zone (on the customer profile), together. Fields left out stay; null clears.
 */
export async function updateCustomer({ ctx, input }: { ctx: CustomerContext; input: CustomerProfileBody }) {
  await withTransaction(ctx, async (tx) => {
    if (input.phone !== undefined || input.preferredTimeZone !== undefined) {
      await tx
        .update(customers)
        .set({
          ...(input.phone !== undefined && { phone: input.phone }),
          ...(input.preferredTimeZone !== undefined && { preferredTimeZone: input.preferredTimeZone }),
        })
        .where(eq(customers.id, ctx.customerId));
    }
    if (input.displayName !== undefined) {
      await updateProfile({ ctx: { db: tx, now: ctx.now }, input: { actor: ctx.actor, changes: { displayName: input.displayName } } });
    }
  });
  return getCustomer({ ctx });
}
