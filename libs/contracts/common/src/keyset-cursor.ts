import { ValidationError } from '@salon/errors';

/** The sort key of a row in a stable list: creation instant, then id as the tie-break. */
export type KeysetKey = { createdAt: Date; id: string };

/** As toISOString writes it. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Keyset cursor over (createdAt, id): stable under inserts, unlike an offset. Opaque to clients
 * (base64url of a JSON pair). Shared by every API that lists rows in creation order.
 * @example encodeKeysetCursor(lastRowOfThePage)
 */
export const encodeKeysetCursor = (key: KeysetKey): string =>
  toBase64Url(JSON.stringify([key.createdAt.toISOString(), key.id]));

/**
 * The key a cursor stands for; a forged or damaged cursor is a 400 on `query.cursor`.
 * @throws ValidationError
 */
export function decodeKeysetCursor(cursor: string): KeysetKey {
  try {
    const pair = JSON.parse(fromBase64Url(cursor)) as unknown;
    // Exactly the pair encodeKeysetCursor writes: another list's cursor (e.g. a search's
    // [relevance, id, filters]) must not pass for one of these because Date() reads anything.
    if (!Array.isArray(pair) || pair.length !== 2) throw new Error();
    const [createdAt, id] = pair as unknown[];
    if (typeof createdAt !== 'string' || !ISO_INSTANT.test(createdAt)) throw new Error();
    const date = new Date(createdAt);
    // A forged instant outside 1970–2999 would reach the database as an out-of-range timestamp.
    const ms = date.getTime();
    if (typeof id !== 'string' || !UUID_PATTERN.test(id) || !(ms >= 0 && ms < Date.UTC(3000, 0, 1))) throw new Error();
    return { createdAt: date, id };
  } catch {
    throw new ValidationError('The cursor is not valid.', [{ path: 'query.cursor', message: 'Use nextCursor from a previous page.' }]);
  }
}

// btoa/atob rather than Buffer: this lib is browser-safe. The payload is ASCII (an ISO instant and a UUID).
const toBase64Url = (ascii: string) => btoa(ascii).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

function fromBase64Url(cursor: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
  return atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
}

/**
 * The same cursor over any (instant, id) sort key, e.g. bookings by start time: one format and one
 * set of checks (a forged instant outside 1970–2999 is a 400) for every list.
 * @throws ValidationError
 */
export const encodeInstantCursor = (key: { at: Date; id: string }): string => encodeKeysetCursor({ createdAt: key.at, id: key.id });

/** @throws ValidationError on anything that is not a cursor we made. */
export function decodeInstantCursor(cursor: string): { at: Date; id: string } {
  const { createdAt, id } = decodeKeysetCursor(cursor);
  return { at: createdAt, id };
}
