import { and, eq, idempotencyKeys, lte, type Database } from '@salon/db';
import { AppError } from '@salon/errors';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The stored first response of a key: status and body, replayed exactly. */
export type StoredResponse = { status: number; body: unknown };

/** A key this request owns until it stores a response or releases the claim. */
export type IdempotencyClaim = { scope: string; key: string };

export type ClaimOutcome = { kind: 'claimed'; claim: IdempotencyClaim } | { kind: 'replay'; response: StoredResponse };

/**
 * Claims `key` in `scope` with an atomic insert committed on its own (outside any work
 * transaction), so a concurrent duplicate sees the claim at once. A key that expired (24 h) is
 * taken over. The same body of a finished request → its stored response to replay.
 * @throws AppError idempotency_key_reused (422, another body), idempotency_in_progress (409, still running)
 */
export async function claimIdempotencyKey({
  ctx,
  input,
}: {
  ctx: { db: Database; now: () => Date };
  input: { scope: string; key: string; requestHash: string };
}): Promise<ClaimOutcome> {
  const { scope, key, requestHash } = input;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const now = ctx.now();
    const [claimed] = await ctx.db
      .insert(idempotencyKeys)
      .values({ scope, key, requestHash, status: 'in_progress', createdAt: now, expiresAt: new Date(now.getTime() + DAY_MS) })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed) return { kind: 'claimed', claim: { scope, key } };
    const [existing] = await ctx.db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
    if (!existing) continue; // released between our insert and select: claim again
    if (existing.expiresAt <= now) {
      await ctx.db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), lte(idempotencyKeys.expiresAt, now)));
      continue;
    }
    if (existing.requestHash !== requestHash) {
      throw new AppError('idempotency_key_reused', 'This Idempotency-Key was already used with a different request body. Use a new key.');
    }
    if (existing.status === 'in_progress' || existing.responseStatus === null) {
      throw new AppError('idempotency_in_progress', 'A request with this Idempotency-Key is still running. Retry in a moment.');
    }
    return { kind: 'replay', response: { status: existing.responseStatus, body: existing.responseBody } };
  }
  throw new AppError('idempotency_in_progress', 'A request with this Idempotency-Key is still running. Retry in a moment.');
}

/** Stores the response of a claimed key; pass the work's transaction so both commit or neither. */
export async function storeIdempotentResponse(db: Database, claim: IdempotencyClaim, response: StoredResponse): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ status: 'completed', responseStatus: response.status, responseBody: response.body })
    .where(and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key)));
}

/** Forgets an unfinished claim (the request crashed), so a retry with the same key runs again. */
export async function releaseIdempotencyClaim(db: Database, claim: IdempotencyClaim): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key), eq(idempotencyKeys.status, 'in_progress')));
}
