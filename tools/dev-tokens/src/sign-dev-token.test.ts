import { createClerkTokenVerifier } from '@salon/auth';
import { readDevPublicKey, signDevToken } from './index';
import { runCli } from './run-cli';

const verifier = createClerkTokenVerifier({
  jwtKey: readDevPublicKey(),
  issuer: 'https://clerk.dev.local',
  authorizedParties: ['http://localhost:3000'],
});

function captureIo() {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
  };
  return { out, io };
}

describe('signDevToken', () => {
  it('signs a token the Clerk verifier accepts with the dev public key', async () => {
    const before = Date.now();
    const result = await verifier.verify(await signDevToken({ user: 'Olivia', role: 'owner' }));
    expect(result).toEqual({
      ok: true,
      value: {
        clerkUserId: 'user_olivia',
        sessionId: expect.stringMatching(/^sess_[0-9a-f]{24}$/),
        expiresAt: expect.any(Date),
        email: 'olivia@example.test',
        name: 'Olivia',
        roleHint: 'owner',
      },
    });
    if (result.ok) expect(result.value.expiresAt.getTime() - before).toBeGreaterThan(59 * 60_000);
  });

  it('gives every token its own session id and honours expiresIn', async () => {
    const [a, b] = await Promise.all([signDevToken({ user: 'max' }), signDevToken({ user: 'max', expiresIn: '30s' })]);
    const [ra, rb] = await Promise.all([verifier.verify(a), verifier.verify(b)]);
    if (!ra.ok || !rb.ok) throw new Error('dev tokens must verify');
    expect(ra.value.sessionId).not.toBe(rb.value.sessionId);
    expect(ra.value).not.toHaveProperty('roleHint');
    expect(rb.value.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(30_000);
  });

  it('refuses a user name or duration the CLI would refuse', async () => {
    await expect(signDevToken({ user: 'no spaces' })).rejects.toThrow(/user must match/);
    await expect(signDevToken({ user: 'ok', expiresIn: '1 hour' })).rejects.toThrow(/expiresIn/);
  });
});

describe('runCli', () => {
  it('prints only the token on stdout and exits 0', async () => {
    const { out, io } = captureIo();
    expect(await runCli(['--user', 'olivia', '--role', 'customer'], io)).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(await verifier.verify(out.stdout.trim())).toMatchObject({ ok: true, value: { roleHint: 'customer' } });
  });

  it('writes the error and usage to stderr and exits 2', async () => {
    const { out, io } = captureIo();
    expect(await runCli(['--role', 'owner'], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^error: --user is required\n\nUsage: /);
  });

  it('prints help on stdout', async () => {
    const { out, io } = captureIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.stdout).toMatch(/^Usage: /);
  });
});
