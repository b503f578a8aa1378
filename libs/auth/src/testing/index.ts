export { createTestSigner, type TestSigner } from './create-test-signer';
export {
  signSessionToken,
  DEV_ISSUER,
  DEV_AUTHORIZED_PARTY,
  type SessionTokenClaims,
  type RelativeTime,
} from './sign-session-token';
