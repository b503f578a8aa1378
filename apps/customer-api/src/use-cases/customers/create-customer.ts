import { type CustomerProfileBody } from '@salon/contracts-customer';
import { ConflictError } from '@salon/errors';
import { type CustomerContext } from '../../routes/customer-context';
import { updateCustomer } from './update-customer';

/**
 * `POST /customers`. The edge has already made the profile (every customer endpoint creates it on
 * first use), and tells whether this request is the one that did: then the body fills it in (201);
 * otherwise it existed before and this is a 409, so two racing first requests get one 201.
 * @throws ConflictError when the caller already had a customer profile
 */
export async function createCustomer({ ctx, input }: { ctx: CustomerContext; input: CustomerProfileBody }) {
  if (!ctx.actor.profilesCreated.includes('customer')) {
    throw new ConflictError('You already have a customer profile. Change it with PUT /api/v1/customers/me.');
  }
  return updateCustomer({ ctx, input });
}
