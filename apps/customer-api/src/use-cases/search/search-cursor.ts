import { createHash } from 'node:crypto';
import { DEFAULT_RADIUS_KM, type SearchQuery } from '@salon/contracts-customer';
import { ValidationError } from '@salon/errors';

/** Where a search page ended: the last examined shop's sort key (distance, relevance or created-at ms) and id. */
export type SearchCursor = { key: number; id: string };

const normalised = (text: string | undefined, spaces: 'single' | 'none') =>
  text === undefined ? null : spaces === 'none' ? text.replace(/\s+/g, '').toUpperCase() : text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Every filter of the search, normalised as the SQL compares them, as one JSON text: two searches
 * with the same text list the same shops in the same order (limit and cursor aside).
 */
export function searchFilters(query: SearchQuery): string {
  return JSON.stringify([
    query.q ?? null, normalised(query.city, 'single'), normalised(query.postalCode, 'none'), query.near ?? null,
    query.near ? query.radiusKm ?? DEFAULT_RADIUS_KM : null, query.category?.toLowerCase() ?? null, query.serviceId?.toLowerCase() ?? null,
    query.maxPriceMinor ?? null, query.availableOn ?? null,
  ]);
}

/**
 * What a cursor is bound to: searchFilters, not `limit` (a client may change its page size
 * mid-list) nor the cursor itself. 12 base64url characters of a SHA-256: enough to tell searches
 * apart, not a secret (keyset values are public).
 */
export function searchFingerprint(query: SearchQuery): string {
  return createHash('sha256').update(searchFilters(query)).digest('base64url').slice(0, 12);
}

/** Opaque to clients; keyset, so pages never repeat or skip a shop when others are added. Bound to its search's filters. */
export const encodeSearchCursor = (cursor: SearchCursor, query: SearchQuery): string =>
  Buffer.from(JSON.stringify([cursor.key, cursor.id, searchFingerprint(query)])).toString('base64url');

/**
 * The position a cursor marks, if it came from a page of this same search.
 * @throws ValidationError (query.cursor) for a cursor that is malformed or was issued for other filters
 */
export function decodeSearchCursor(text: string, query: SearchQuery): SearchCursor {
  let decoded: unknown[];
  try {
    decoded = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
  } catch {
    decoded = [];
  }
  const [key, id, fingerprint] = Array.isArray(decoded) ? decoded : [];
  if (typeof key !== 'number' || !Number.isFinite(key) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id) || typeof fingerprint !== 'string') {
    throw new ValidationError('The cursor is not valid.', [{ path: 'query.cursor', message: 'Use nextCursor from a previous page of the same search.' }]);
  }
  if (fingerprint !== searchFingerprint(query)) {
    throw new ValidationError('The cursor belongs to a different search.', [
      { path: 'query.cursor', message: 'This cursor was issued for other filters: repeat the same q, city, postalCode, near, radiusKm, category, serviceId, maxPriceMinor and availableOn, or start again without a cursor.' },
    ]);
  }
  return { key, id };
}
