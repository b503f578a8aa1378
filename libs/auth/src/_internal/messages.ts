import { type TokenRejection, type TokenRejectionReason } from '../token-verifier';

// Fixed texts: a rejection message may reach logs or a 401 body, so it must carry nothing taken from
// the token (not the token, not its claims). `detail` is only ever a constant of ours or a known Clerk reason code.
const MESSAGES: Record<TokenRejectionReason, string> = {
  missing: 'No bearer token was sent',
  malformed: 'The bearer token is not a well-formed JWT',
  expired: 'The session token has expired',
  'bad-signature': 'The session token signature does not match the configured key',
  invalid: 'The session token was rejected',
};

/** Builds a rejection whose message is a constant, optionally qualified by a constant detail. */
export function reject(reason: TokenRejectionReason, detail?: string): TokenRejection {
  return { reason, message: detail === undefined ? `${MESSAGES[reason]}.` : `${MESSAGES[reason]} (${detail}).` };
}
