import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor';

describe('keyset cursor', () => {
  const key = { createdAt: new Date('2026-01-01T10:00:00.123Z'), id: '0b9d6d5e-52d6-4c1e-9f0e-0f7c1b8d2a11' };

  it('round-trips a key and stays URL-safe', () => {
    const cursor = encodeKeysetCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeKeysetCursor(cursor)).toEqual(key);
  });

  it('reads cursors written by the earlier Buffer-based codec', () => {
    const legacy = Buffer.from(JSON.stringify([key.createdAt.toISOString(), key.id])).toString('base64url');
    expect(decodeKeysetCursor(legacy)).toEqual(key);
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['not JSON', 'bm90LWpzb24'],
    ['SQL in the id', Buffer.from(`["2026-01-01T00:00:00Z","1' OR '1'='1"]`).toString('base64url')],
    ['a bad date', Buffer.from(`["yesterday","0b9d6d5e-52d6-4c1e-9f0e-0f7c1b8d2a11"]`).toString('base64url')],
    ["a search's cursor (relevance, id, filters)", Buffer.from(`[0.83,"0b9d6d5e-52d6-4c1e-9f0e-0f7c1b8d2a11","abcdefabcdef"]`).toString('base64url')],
    ['a number for the instant', Buffer.from(`[1767261600123,"0b9d6d5e-52d6-4c1e-9f0e-0f7c1b8d2a11"]`).toString('base64url')],
  ])('refuses %s with a validation error on query.cursor', (_name, cursor) => {
    expect(() => decodeKeysetCursor(cursor)).toThrow(expect.objectContaining({ code: 'validation_failed', details: [expect.objectContaining({ path: 'query.cursor' })] }));
  });
});
