export { runIdempotent, type StoreResponse } from './run-idempotent';
export {
  claimIdempotencyKey,
  storeIdempotentResponse,
  releaseIdempotencyClaim,
  type ClaimOutcome,
  type IdempotencyClaim,
  type StoredResponse,
} from './claim-idempotency-key';
export { requestHashOf } from './request-hash';
