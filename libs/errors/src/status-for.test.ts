import { ERROR_CODES, statusFor } from './index';

describe('statusFor', () => {
  it.each([
    ['validation_failed', 400],
    ['malformed_json', 400],
    ['unauthenticated', 401],
    ['forbidden', 403],
    ['plan_limit_reached', 403],
    ['not_found', 404],
    ['slot_unavailable', 409],
    ['idempotency_in_progress', 409],
    ['payload_too_large', 413],
    ['unsupported_media_type', 415],
    ['idempotency_key_reused', 422],
    ['rate_limited', 429],
    ['internal', 500],
  ] as const)('%s → %i', (code, status) => {
    expect(statusFor(code)).toBe(status);
  });

  it('maps every code to a 4xx or 5xx status', () => {
    for (const code of ERROR_CODES) {
      expect(statusFor(code)).toBeGreaterThanOrEqual(400);
    }
  });
});
