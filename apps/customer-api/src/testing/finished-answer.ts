import { type Response } from 'supertest';

/**
 * Two plain (identity-encoded) answers of one finished-answer route (slots, cached search pages):
 * each a 200 JSON with `Cache-Control: no-cache` and a strong ETag, the second the same bytes under
 * the same tag.
 */
export function expectSameFinishedAnswer(first: Response, second: Response): void {
  expect(first.status).toBe(200);
  expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(first.headers['cache-control']).toBe('no-cache');
  expect(first.headers['etag']).toMatch(/^"[\w-]+"$/); // strong: no W/ prefix
  expect([second.text, second.headers['etag']]).toEqual([first.text, first.headers['etag']]);
}
