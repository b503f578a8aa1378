import { ownerContract } from '@salon/contracts-owner';
import { type Shop, type Staff } from '@salon/db';
import { makeShop, makeStaff } from '@salon/db/testing';
import { startTypedClient, type TestApi } from '@salon/runtime/testing';

export type TypedClient = Awaited<ReturnType<typeof startTypedClient<typeof ownerContract>>>;

/** An owner as the API knows them (token, owner profile id) with a shop and one staff member. */
export type OwnerWithShop = { token: string; ownerId: string; shop: Shop; staff: Staff };

/**
 * Signs in `name` as an owner through the API (just-in-time profile), reads their owner id from
 * GET /auth/me, then inserts a shop and a staff member with the db factories: shops and staff have
 * their own endpoints, built elsewhere, that these tests do not depend on.
 */
export async function ownerWithShop(
  api: TestApi,
  typed: TypedClient,
  name: string,
  shop: Parameters<typeof makeShop>[1] = {},
): Promise<OwnerWithShop> {
  const token = await api.tokenFor(name, { role: 'owner' });
  const me = await typed.client.auth.me({ extraHeaders: typed.as(token) });
  if (me.status !== 200 || !me.body.owner) throw new Error(`could not sign ${name} in as an owner`);
  const ownerId = me.body.owner.id;
  const created = await makeShop(api.database.db, { ...shop, ownerId });
  const member = await makeStaff(api.database.db, { shopId: created.id });
  return { token, ownerId, shop: created, staff: member };
}

/** Starts the typed client on the owner contract. */
export const startOwnerClient = (api: TestApi) => startTypedClient(api, ownerContract);
