import { err, ok, type Result } from '@salon/errors';
import { type TokenRejection } from '../token-verifier';
import { reject } from './messages';

/** Clerk session tokens are ~1 kB; anything this long is not one, so skip decoding and crypto. */
export const MAX_TOKEN_LENGTH = 8192;

const SEGMENT = /^[A-Za-z0-9_-]+$/;

function decodesToObject(segment: string): boolean {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Structural check before Clerk sees the token, so that garbage is reported as 'malformed' rather
 * than Clerk's generic 'token-invalid', and so a JSON `null` header cannot reach Clerk's decoder
 * (which then throws a bare TypeError outside its own error handling). The signature segment may be
 * empty here (`alg: none`); Clerk rejects that algorithm itself.
 */
export function checkTokenShape(token: string): Result<string, TokenRejection> {
  if (token.length > MAX_TOKEN_LENGTH) return err(reject('malformed', 'too long'));
  const parts = token.split('.');
  if (parts.length !== 3) return err(reject('malformed', 'expected three dot-separated parts'));
  const [header = '', payload = '', signature = ''] = parts;
  if (!SEGMENT.test(header) || !SEGMENT.test(payload) || (signature !== '' && !SEGMENT.test(signature))) {
    return err(reject('malformed', 'not base64url'));
  }
  if (!decodesToObject(header) || !decodesToObject(payload)) {
    return err(reject('malformed', 'header or payload is not a JSON object'));
  }
  return ok(token);
}
