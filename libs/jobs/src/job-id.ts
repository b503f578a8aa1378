import { createHash } from 'node:crypto';

/**
 * A UUID derived from `key` (SHA-1, shaped like a version 5 UUID). Used as the pg-boss job id, so
 * enqueueing the same logical job twice (a re-run fan-out, a retried request) inserts it once:
 * pg-boss inserts with ON CONFLICT DO NOTHING on (queue, id).
 */
export function jobIdFor(key: string): string {
  const hex = createHash('sha1').update(key).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
