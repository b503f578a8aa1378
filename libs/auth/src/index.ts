export { createClerkTokenVerifier, type ClerkTokenVerifierOptions } from './create-clerk-token-verifier';
export { parseBearerToken } from './parse-bearer-token';
export {
  type RoleHint,
  type TokenRejection,
  type TokenRejectionReason,
  type TokenVerifier,
  type VerifiedSession,
} from './token-verifier';
