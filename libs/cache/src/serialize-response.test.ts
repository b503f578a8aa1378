import { serializeResponse, withEtag } from './index';

describe('serializeResponse', () => {
  it('gives the JSON bytes and a strong ETag that names exactly those bytes', () => {
    const first = serializeResponse({ items: [{ name: 'Velvet Rooms' }], nextCursor: null });
    expect(first.body.toString()).toBe('{"items":[{"name":"Velvet Rooms"}],"nextCursor":null}');
    expect(first.etag).toMatch(/^"[\w-]{27}"$/);
    expect(withEtag(Buffer.from(first.body.toString())).etag).toBe(first.etag);
    expect(serializeResponse({ items: [], nextCursor: null }).etag).not.toBe(first.etag);
  });
});
