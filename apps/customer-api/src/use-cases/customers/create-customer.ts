import { type CustomerProfileBody } from '@salon/contracts-customer';
import { customers, eq, withTransaction, type Database } from '@salon/db';
import { ConflictError } from '@salon/errors';
import { ensureProfile, type Actor } from '@salon/identity';
import { updateCustomer } from './update-customer';

/**
 * `POST /customers`: creates the caller's customer profile and fills it in from the body (201).
 * A profile that existed before this request is a 409, whoever made it (an earlier POST, or any
 * customer endpoint on first use); a new user's token that asks for the customer role made it in
 * this very request, which counts as new. Racing first requests get one 201: the insert decides.
 * @throws ConflictError when the caller already had a customer profile
 */
export async function createCustomer({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date; actor: Actor };
  input: CustomerProfileBody;
}) {
  const { actor } = ctx;
  return withTransaction(ctx, async (tx) => {
    const isNew =
      actor.profilesCreated.includes('customer') ||
      (!actor.customerId && (await ensureProfile(tx, { userId: actor.userId, role: 'customer' })));
    if (!isNew) throw new ConflictError('You already have a customer profile. Change it with PUT /api/v1/customers/me.');
    const [profile] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.userId, actor.userId)).limit(1);
    if (!profile) throw new Error('customer profile missing right after it was created');
    return updateCustomer({ ctx: { ...ctx, db: tx, customerId: profile.id }, input });
  });
}
