import { generateKeyPairSync } from 'node:crypto';
import { signSessionToken, type SessionTokenClaims } from './sign-session-token';

/** A fresh key pair: hand `publicKeyPem` to the verifier as jwtKey, and sign tokens it accepts. */
export type TestSigner = {
  publicKeyPem: string;
  sign(claims: SessionTokenClaims): Promise<string>;
};

/**
 * Generates an RSA-2048 key pair (the only size Clerk verifies networklessly) and returns a signer
 * for it. One pair per call, so two signers give the "signed by another key" case for free.
 * Key generation takes tens of milliseconds: create one signer per test file, not per test.
 */
export function createTestSigner(): TestSigner {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return {
    publicKeyPem: publicKey,
    sign: (claims) => signSessionToken(privateKey, claims),
  };
}
