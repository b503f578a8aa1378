import { type Database } from '@salon/db';
import { findOwnedShop } from '../_shared/find-owned-shop';
import { toOwnerShop } from './shop-view';

/** One of the caller's shops (GET /shops/:id); another owner's is a 404. */
export async function getShop({ ctx, input }: { ctx: { db: Database; ownerId: string }; input: { id: string; origin: string } }) {
  return toOwnerShop(await findOwnedShop(ctx, input.id), input.origin);
}
