import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { signSessionToken } from '@salon/auth/testing';

/** Dev key pair, committed on purpose and public: see dev-keys/README.md. Never use in production. */
export const DEV_KEYS_DIR = path.resolve(__dirname, '..', 'dev-keys');
/** Path of the dev public key; a local API uses its contents as CLERK_JWT_KEY. */
export const DEV_JWT_PUBLIC_KEY_PATH = path.join(DEV_KEYS_DIR, 'dev-public.pem');
const DEV_JWT_PRIVATE_KEY_PATH = path.join(DEV_KEYS_DIR, 'dev-private.pem');

/** The roles a dev token can carry in `metadata.role`. */
export const DEV_ROLES = ['owner', 'customer'] as const;
/** A role a dev token can carry. */
export type DevRole = (typeof DEV_ROLES)[number];

/** Dev user names become Clerk-style ids (`user_<name>`) and emails, so keep them to safe characters. */
export const DEV_USER_NAME = /^[a-z0-9_-]{1,40}$/;
/** Positive jose durations: 30s, 15m, 1h, 7d, 2w. */
export const DEV_DURATION = /^[1-9]\d*[smhdw]$/;

/** Input of signDevToken; `user` is lower-cased before it is checked. */
export type DevTokenRequest = { user: string; role?: DevRole; expiresIn?: string };

/** Reads the dev public key PEM (the value to put in CLERK_JWT_KEY locally). */
export function readDevPublicKey(): string {
  return readFileSync(DEV_JWT_PUBLIC_KEY_PATH, 'utf8');
}

/** Lower-cases a dev user name and checks it; undefined when it does not fit DEV_USER_NAME. */
export function normalizeDevUserName(user: string): string | undefined {
  const name = user.toLowerCase();
  return DEV_USER_NAME.test(name) ? name : undefined;
}

/**
 * Signs a session token for a local API with the committed dev key, through the same
 * `signSessionToken` the auth tests use: sub `user_<name>`, a fresh `sess_…` sid, email
 * `<name>@example.test`, the name capitalised, and `metadata.role` when a role is given.
 *
 * @throws Error on a user name outside DEV_USER_NAME or a duration outside DEV_DURATION.
 * @example await signDevToken({ user: 'olivia', role: 'owner', expiresIn: '1h' })
 */
export async function signDevToken(request: DevTokenRequest): Promise<string> {
  const name = normalizeDevUserName(request.user);
  if (name === undefined) throw new Error(`user must match ${DEV_USER_NAME.source} after lower-casing`);
  const expiresIn = request.expiresIn ?? '1h';
  if (!DEV_DURATION.test(expiresIn)) throw new Error(`expiresIn must look like 30s, 15m, 1h or 7d`);
  return signSessionToken(readFileSync(DEV_JWT_PRIVATE_KEY_PATH, 'utf8'), {
    sub: `user_${name}`,
    sid: `sess_${randomBytes(12).toString('hex')}`,
    email: `${name}@example.test`,
    name: name.charAt(0).toUpperCase() + name.slice(1),
    ...(request.role === undefined ? {} : { role: request.role }),
    expiresIn,
  });
}
