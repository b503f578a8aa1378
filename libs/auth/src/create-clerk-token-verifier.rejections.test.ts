import { generateKeyPairSync } from 'node:crypto';
import { importPKCS8, SignJWT } from 'jose';
import { createTestSigner } from '@salon/auth/testing';
import { createClerkTokenVerifier } from './create-clerk-token-verifier';
import { type TokenRejectionReason } from './token-verifier';

const signer = createTestSigner();
const verifier = createClerkTokenVerifier({ jwtKey: signer.publicKeyPem });
// Signer's private key is hidden, so the hand-built tokens below (claims the signer cannot omit,
// other algorithms) use a pair of their own with a verifier for it.
const own = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const ownVerifier = createClerkTokenVerifier({ jwtKey: own.publicKey });
const now = () => Math.floor(Date.now() / 1000);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function signRaw(payload: Record<string, unknown>, alg: 'RS256' | 'RS512' = 'RS256'): Promise<string> {
  const key = await importPKCS8(own.privateKey, alg);
  return new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT' }).sign(key);
}

async function expectRejected(token: string, reason: TokenRejectionReason, using = verifier) {
  const result = await using.verify(token);
  expect(result).toMatchObject({ ok: false, error: { reason } });
  // Messages are constants; a token long enough to be a real credential must never appear in one.
  if (!result.ok && token.length > 16) expect(result.error.message).not.toContain(token);
  return result;
}

describe('createClerkTokenVerifier: rejected tokens', () => {
  it('rejects an expired token as expired', async () => {
    await expectRejected(await signer.sign({ sub: 'user_a', expiresIn: '-1m' }), 'expired');
  });

  it('rejects a token signed by another key as bad-signature, even when also expired', async () => {
    const other = createTestSigner();
    await expectRejected(await other.sign({ sub: 'user_a' }), 'bad-signature');
    await expectRejected(await other.sign({ sub: 'user_a', expiresIn: -3600 }), 'bad-signature');
  });

  it('rejects a token whose payload was altered after signing', async () => {
    const [header, , signature] = (await signer.sign({ sub: 'user_a', role: 'customer' })).split('.');
    const forged = b64({ sub: 'user_a', exp: now() + 600, metadata: { role: 'owner' } });
    await expectRejected(`${header}.${forged}.${signature}`, 'bad-signature');
  });

  it.each(['garbage', 'a.b', 'a.b.c.d', '!!!.???.***', 'e30.bnVsbA.sig', `${b64([])}.${b64({})}.x`])(
    'rejects %p as malformed',
    async (token) => {
      await expectRejected(token, 'malformed');
    },
  );

  it('rejects an empty token as missing and an oversized one as malformed', async () => {
    await expectRejected('', 'missing');
    await expectRejected(`${b64({ alg: 'RS256' })}.${'A'.repeat(9000)}.x`, 'malformed');
  });

  it('rejects alg none', async () => {
    const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'user_a', exp: now() + 600 })}.`;
    await expectRejected(token, 'invalid');
  });

  it('rejects HS256 signed with the public key as the HMAC secret (key confusion)', async () => {
    const secret = new TextEncoder().encode(own.publicKey);
    const token = await new SignJWT({ sub: 'user_a' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setExpirationTime('10m')
      .sign(secret);
    await expectRejected(token, 'invalid', ownVerifier);
  });

  it('rejects RS512 because the local key is RS256 only', async () => {
    await expectRejected(await signRaw({ sub: 'user_a', exp: now() + 600 }, 'RS512'), 'invalid', ownVerifier);
  });

  it.each([
    ['no sub', {}],
    ['empty sub', { sub: '' }],
    ['numeric sub', { sub: 42 }],
    ['no exp', { sub: 'user_a', exp: undefined }],
    ['string exp', { sub: 'user_a', exp: '9999999999' }],
    ['exp beyond any Date', { sub: 'user_a', exp: 1e20 }],
    ['non-string sid', { sub: 'user_a', sid: 7 }],
    ['nbf in the future', { sub: 'user_a', nbf: now() + 3600 }],
    ['iat in the future', { sub: 'user_a', iat: now() + 3600 }],
  ])('rejects a correctly signed token with %s as invalid', async (_label, claims) => {
    // JSON round trip drops the `undefined` overrides, i.e. removes the claim.
    const payload: Record<string, unknown> = JSON.parse(JSON.stringify({ exp: now() + 600, ...claims }));
    await expectRejected(await signRaw(payload), 'invalid', ownVerifier);
  });

  it('rejects a typ other than JWT', async () => {
    const key = await importPKCS8(own.privateKey, 'RS256');
    const token = await new SignJWT({ sub: 'user_a', exp: now() + 600 })
      .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt' })
      .sign(key);
    await expectRejected(token, 'invalid', ownVerifier);
  });
});
