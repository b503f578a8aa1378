import { type Database } from '@salon/db';
import { claimIdempotencyKey, releaseIdempotencyClaim, storeIdempotentResponse, type StoredResponse } from './claim-idempotency-key';
import { requestHashOf } from './request-hash';

/** Stores the success response; call it inside the work's own transaction (`db` = that transaction). */
export type StoreResponse = (db: Database, response: StoredResponse) => Promise<void>;

/**
 * Runs `run` at most once per `key` within 24 h (conventions.md "Idempotency"). Without a key it
 * simply runs. With one: claim (committed alone) → replay a finished request's response, or run;
 * `run` stores its success through `store` in its own transaction; an error that `errorResponse`
 * turns into a response (a 4xx the caller should see again) is stored and rethrown; any other
 * failure (5xx, crash) releases the claim so a retry does the work.
 * @returns the response, with `isReplay` when it was stored by an earlier request
 * @throws AppError idempotency_key_reused (422) / idempotency_in_progress (409), or what `run` throws
 */
export async function runIdempotent<T extends StoredResponse>({
  ctx,
  input,
  run,
  errorResponse,
}: {
  ctx: { db: Database; now: () => Date };
  input: { scope: string; key: string | undefined; body: unknown };
  run: (store: StoreResponse) => Promise<T>;
  errorResponse?: (error: unknown) => StoredResponse | undefined;
}): Promise<(T | StoredResponse) & { isReplay: boolean }> {
  if (input.key === undefined) return { ...(await run(async () => {})), isReplay: false };
  const outcome = await claimIdempotencyKey({ ctx, input: { scope: input.scope, key: input.key, requestHash: requestHashOf(input.body) } });
  if (outcome.kind === 'replay') return { ...outcome.response, isReplay: true };
  const { claim } = outcome;
  try {
    return { ...(await run((db, response) => storeIdempotentResponse(db, claim, response))), isReplay: false };
  } catch (error) {
    const stored = errorResponse?.(error);
    if (stored) await storeIdempotentResponse(ctx.db, claim, stored);
    else await releaseIdempotencyClaim(ctx.db, claim);
    throw error;
  }
}
