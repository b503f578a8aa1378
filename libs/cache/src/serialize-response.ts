import { createHash } from 'node:crypto';
import { type CachedResponse } from './create-response-cache';

/**
 * `value` serialized once for createResponseCache: its UTF-8 JSON bytes and their strong ETag
 * (quoted base64url SHA-1 of the bytes). Strong because it names these exact bytes: the same bytes
 * give the same tag on every replica, and any other bytes another tag.
 * @example
 * serializeResponse({ a: 1 }); // { body: <Buffer 7b 22 61 22 3a 31 7d>, etag: '"…"' }
 */
export function serializeResponse(value: unknown): Pick<CachedResponse, 'body' | 'etag'> {
  return withEtag(Buffer.from(JSON.stringify(value)));
}

/** The bytes with their strong ETag, for bytes serialized elsewhere (read back from a shared cache). */
export function withEtag(body: Buffer): Pick<CachedResponse, 'body' | 'etag'> {
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}
