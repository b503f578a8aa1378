import { TokenVerificationErrorReason } from '@clerk/backend/errors';
import { CLERK_TO_OURS, mapClerkRejection } from './map-clerk-rejection';

describe('mapClerkRejection', () => {
  it('knows every reason this @clerk/backend version can report', () => {
    expect(Object.keys(CLERK_TO_OURS).sort()).toEqual(Object.values(TokenVerificationErrorReason).sort());
  });

  it.each([
    ['token-expired', 'expired'],
    ['token-invalid-signature', 'bad-signature'],
    ['token-invalid-algorithm', 'invalid'],
    ['token-verification-failed', 'invalid'],
  ])('maps %s to %s and names the Clerk reason', (clerkReason, reason) => {
    const error = Object.assign(new Error('Subject claim (sub) ... Received "secret-ish value"'), { reason: clerkReason });
    const rejection = mapClerkRejection(error);
    expect(rejection.reason).toBe(reason);
    expect(rejection.message).toContain(clerkReason);
    expect(rejection.message).not.toContain('secret-ish');
  });

  it.each([new TypeError('boom'), { reason: 'something-new' }, { reason: 'toString' }, null, 'text'])(
    'maps %p to invalid',
    (thrown) => {
      expect(mapClerkRejection(thrown)).toEqual({
        reason: 'invalid',
        message: 'The session token was rejected (unexpected verification error).',
      });
    },
  );
});
