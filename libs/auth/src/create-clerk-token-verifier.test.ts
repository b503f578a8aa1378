import { createTestSigner } from '@salon/auth/testing';
import { createClerkTokenVerifier } from './create-clerk-token-verifier';

const signer = createTestSigner();
const verifier = createClerkTokenVerifier({ jwtKey: signer.publicKeyPem });

async function verifyOk(token: string) {
  const result = await verifier.verify(token);
  if (!result.ok) throw new Error(`expected ok, got ${result.error.reason}: ${result.error.message}`);
  return result.value;
}

describe('createClerkTokenVerifier: accepted tokens', () => {
  it('returns the session fields of a valid token', async () => {
    const before = Date.now();
    const token = await signer.sign({
      sub: 'user_olivia',
      sid: 'sess_123',
      email: 'olivia@example.test',
      name: 'Olivia',
      role: 'owner',
      expiresIn: '15m',
    });
    const session = await verifyOk(token);
    expect(session).toEqual({
      clerkUserId: 'user_olivia',
      sessionId: 'sess_123',
      expiresAt: expect.any(Date),
      email: 'olivia@example.test',
      name: 'Olivia',
      roleHint: 'owner',
    });
    const lifetimeMs = session.expiresAt.getTime() - before;
    expect(lifetimeMs).toBeGreaterThan(14 * 60_000);
    expect(lifetimeMs).toBeLessThanOrEqual(15 * 60_000);
  });

  it('omits optional fields the token does not carry', async () => {
    const session = await verifyOk(await signer.sign({ sub: 'user_bare', sid: 'sess_bare' }));
    expect(Object.keys(session).sort()).toEqual(['clerkUserId', 'expiresAt', 'sessionId']);
  });

  it('never puts the raw token into the session', async () => {
    const token = await signer.sign({ sub: 'user_a', email: 'a@example.test' });
    const session = await verifyOk(token);
    expect(JSON.stringify(session)).not.toContain(token);
    expect(JSON.stringify(session)).not.toContain(token.split('.')[2]);
  });

  it('derives a stable session id when sid is absent', async () => {
    const token = await signer.sign({ sub: 'user_nosid' });
    const first = await verifyOk(token);
    const second = await verifyOk(token);
    expect(first.sessionId).toMatch(/^tok_[0-9a-f]{32}$/);
    expect(second.sessionId).toBe(first.sessionId);
    const other = await verifyOk(await signer.sign({ sub: 'user_nosid', extra: { jti: 'another' } }));
    expect(other.sessionId).not.toBe(first.sessionId);
  });

  it.each([
    ['owner', 'owner'],
    ['customer', 'customer'],
    ['admin', undefined],
    [42, undefined],
  ])('reads metadata.role %p as roleHint %p', async (role, expected) => {
    const session = await verifyOk(await signer.sign({ sub: 'user_r', extra: { metadata: { role } } }));
    expect(session.roleHint).toBe(expected);
  });

  it('ignores metadata that is not an object, and non-string email/name', async () => {
    const token = await signer.sign({ sub: 'user_x', extra: { metadata: 'owner', email: 7, name: '' } });
    const session = await verifyOk(token);
    expect(session).not.toHaveProperty('roleHint');
    expect(session).not.toHaveProperty('email');
    expect(session).not.toHaveProperty('name');
  });

  it('checks iss and azp only when configured', async () => {
    const strict = createClerkTokenVerifier({
      jwtKey: signer.publicKeyPem,
      issuer: 'https://clerk.dev.local',
      authorizedParties: ['http://localhost:3000'],
    });
    const good = await strict.verify(await signer.sign({ sub: 'user_a' }));
    expect(good.ok).toBe(true);
    const wrongIss = await strict.verify(await signer.sign({ sub: 'user_a', extra: { iss: 'https://evil' } }));
    const wrongAzp = await strict.verify(await signer.sign({ sub: 'user_a', extra: { azp: 'https://evil' } }));
    expect(wrongIss).toMatchObject({ ok: false, error: { reason: 'invalid' } });
    expect(wrongAzp).toMatchObject({ ok: false, error: { reason: 'invalid' } });
  });

  it('accepts a token whose exp is within the configured clock skew', async () => {
    const lenient = createClerkTokenVerifier({ jwtKey: signer.publicKeyPem, clockSkewInMs: 120_000 });
    const token = await signer.sign({ sub: 'user_a', expiresIn: -60 });
    expect((await lenient.verify(token)).ok).toBe(true);
    expect(await verifier.verify(token)).toMatchObject({ ok: false, error: { reason: 'expired' } });
  });
});
