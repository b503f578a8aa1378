import { parseBearerToken } from './parse-bearer-token';

describe('parseBearerToken', () => {
  it.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc', 'abc'],
    ['BEARER abc', 'abc'],
    ['  Bearer   abc  ', 'abc'],
    ['Bearer\tabc', 'abc'],
  ])('accepts %p', (header, token) => {
    expect(parseBearerToken(header)).toEqual({ ok: true, value: token });
  });

  it.each([undefined, '', '   ', 'Bearer', 'bearer   '])('reports %p as missing', (header) => {
    expect(parseBearerToken(header)).toMatchObject({ ok: false, error: { reason: 'missing' } });
  });

  it.each(['Basic dXNlcjpwYXNz', 'abc.def.ghi', 'Bearer a b', 'Bearerabc', 'Token abc'])(
    'reports %p as malformed',
    (header) => {
      expect(parseBearerToken(header)).toMatchObject({ ok: false, error: { reason: 'malformed' } });
    },
  );

  it('never echoes the header in its message', () => {
    const result = parseBearerToken('Basic c2VjcmV0');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).not.toContain('c2VjcmV0');
  });
});
