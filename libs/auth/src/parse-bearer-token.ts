import { err, ok, type Result } from '@salon/errors';
import { reject } from './_internal/messages';
import { type TokenRejection } from './token-verifier';

const BEARER = /^Bearer[ \t]+(\S+)$/i;

/**
 * Extracts the token from an `Authorization` header value. The scheme is case-insensitive
 * (RFC 9110 §11.1); surrounding whitespace is trimmed; anything else (Basic, a bare token, two
 * tokens) is 'malformed' so a caller can tell "no credentials" from "wrong credentials".
 *
 * @example parseBearerToken('Bearer eyJ...') // ok('eyJ...')
 */
export function parseBearerToken(header: string | undefined): Result<string, TokenRejection> {
  const value = header?.trim() ?? '';
  if (value === '') return err(reject('missing'));
  const match = BEARER.exec(value);
  if (match?.[1] === undefined) {
    return /^Bearer$/i.test(value) ? err(reject('missing')) : err(reject('malformed', 'expected "Bearer <token>"'));
  }
  return ok(match[1]);
}
