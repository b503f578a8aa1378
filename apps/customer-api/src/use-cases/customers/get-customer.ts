import { customers, eq, users } from '@salon/db';
import { NotFoundError } from '@salon/errors';
import { type CustomerContext } from '../../routes/customer-context';

/** The caller's customer profile: name and email from their user, phone and zone from the profile. */
export async function getCustomer({ ctx }: { ctx: Pick<CustomerContext, 'db' | 'customerId'> }) {
  const [row] = await ctx.db
    .select({ customer: customers, user: users })
    .from(customers)
    .innerJoin(users, eq(users.id, customers.userId))
    .where(eq(customers.id, ctx.customerId))
    .limit(1);
  if (!row) throw new NotFoundError('Customer');
  return {
    id: row.customer.id,
    userId: row.user.id,
    email: row.user.email,
    displayName: row.user.displayName,
    phone: row.customer.phone,
    preferredTimeZone: row.customer.preferredTimeZone,
    createdAt: row.customer.createdAt.toISOString(),
  };
}
