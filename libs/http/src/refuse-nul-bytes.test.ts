import { findNulBytes } from './refuse-nul-bytes';

describe('findNulBytes', () => {
  it('names every string value and key holding U+0000, however deep', () => {
    expect(findNulBytes({ a: 'ok', b: ['x', 'y\u0000'], c: { 'k\u0000': 1 } }, 'body')).toEqual([
      { path: 'body.b.1', message: expect.stringContaining('NUL') },
      { path: 'body.c', message: expect.stringContaining('NUL') },
    ]);
  });

  it('walks 100 kB of nested arrays without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(50_000)}"a\\u0000"${']'.repeat(50_000)}`) as unknown;
    expect(findNulBytes(deep, 'body')).toHaveLength(1);
  });
});
