import { createHash } from 'node:crypto';

/**
 * sha256 of the body's canonical JSON (object keys sorted at every depth), so `{a,b}` and `{b,a}`
 * are the same request and any changed value is another one.
 * @example requestHashOf({ b: 1, a: [2] }) === requestHashOf({ a: [2], b: 1 })
 */
export function requestHashOf(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
