import { listServiceSlots } from '@salon/availability';
import { type Slot } from '@salon/scheduling';
import { type OwnerContext } from '../../routes/owner-context';
import { findOwnedShop } from '../_shared/find-owned-shop';

/**
 * The slots a service of one of the caller's shops yields on local dates `from`..`to`: the seed's
 * "generate slots", as a preview, because slots are computed on the fly and never stored.
 * @throws NotFoundError (shop or service not the caller's), ValidationError (range, staffId)
 */
export async function previewSlots({
  ctx,
  input,
}: {
  ctx: OwnerContext;
  input: { shopId: string; serviceId: string; from: string; to: string; staffId?: string };
}): Promise<{ shopId: string; serviceId: string; timeZone: string; slots: Slot[] }> {
  const shop = await findOwnedShop(ctx, input.shopId);
  const slots = await listServiceSlots({ ctx, input: { ...input, shop, isActiveOnly: false, where: 'body' } });
  return { shopId: shop.id, serviceId: input.serviceId, timeZone: shop.timeZone, slots };
}
