import { cacheKeys, serializeResponse, type CachedResponse } from '@salon/cache';
import { type PublicSlotDays } from '@salon/contracts-customer';
import { type Database } from '@salon/db';
import { type ReadCache } from '../../read-cache';
import { findPublicShop, type PublicShopRow } from '../_shared/find-public-shop';
import { defaultRange, findScheduleShop, slotDays } from './list-public-slots';

type ServeContext = {
  db: Database;
  now: () => Date;
  readCache: ReadCache;
  /** Checks (and may strip) a fresh answer before it is serialized: the contract's schema in tests, unset in production. */
  checkResponse?: (view: PublicSlotDays) => PublicSlotDays;
};

type ServeInput = { serviceId: string; from?: string; to?: string; staffId?: string };

/**
 * listPublicSlots as the bytes to send: the serialized answer and its strong ETag, kept whole
 * (createResponseCache) under the exact key of the request at the shop's cache version, for as
 * long as the booking window keeps the same starts (validUntilMs of listCachedServiceSlots). A hit
 * costs the version read and a map lookup: no listing, no JSON.stringify, no hashing.
 * @throws as listPublicSlots; errors are never cached
 */
export async function servePublicSlots({ ctx, input }: { ctx: ServeContext; input: ServeInput & { shopId: string } }): Promise<CachedResponse> {
  const shop = await findPublicShop(ctx, input.shopId); // first: its version is the key's (docs/caching.md)
  return serveSlotDays(ctx, shop, input);
}

/**
 * listScheduleSlots as the bytes to send, the same way.
 * @throws as listScheduleSlots
 */
export async function serveScheduleSlots({ ctx, input }: { ctx: ServeContext; input: ServeInput & { scheduleId: string } }): Promise<CachedResponse> {
  const { shop, narrowing } = await findScheduleShop(ctx, input.scheduleId);
  return serveSlotDays(ctx, shop, { ...input, ...narrowing });
}

async function serveSlotDays(ctx: ServeContext, shop: PublicShopRow, input: ServeInput & { onlyWeeklyHoursId?: string }): Promise<CachedResponse> {
  // One now for the whole request, so the answer and its validity window agree.
  const nowMs = ctx.now().getTime();
  const at = { ...ctx, now: () => new Date(nowMs) };
  const { from, to } = defaultRange(at, shop, input);
  const key = cacheKeys.slotView({
    shopId: shop.id, version: shop.cacheVersion, serviceId: input.serviceId, staffId: input.staffId, weeklyHoursId: input.onlyWeeklyHoursId, from, to,
  });
  const hit = ctx.readCache.responses.get(key, nowMs);
  if (hit) return hit;
  const { view, validUntilMs } = await slotDays(at, shop, { ...input, from, to });
  const response = { ...serializeResponse(ctx.checkResponse ? ctx.checkResponse(view) : view), validFromMs: nowMs, validUntilMs };
  if (validUntilMs > nowMs) ctx.readCache.responses.set(key, response);
  return response;
}
