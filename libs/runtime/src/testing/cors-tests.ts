import request from 'supertest';
import { type TestApi } from './create-test-api';

/**
 * CORS as a browser meets it, over the API's real app built with `corsOrigins: [allowedOrigin]`:
 * the preflight needs no token and answers 204 with the methods and headers the APIs use; real
 * responses let the page read X-Request-Id and the RateLimit headers; any other origin gets no CORS header.
 */
export function runCorsTests(getApi: () => TestApi, opts: { allowedOrigin: string; protectedPath: string }) {
  const preflight = (origin: string, method = 'POST') =>
    request(getApi().app)
      .options(opts.protectedPath)
      .set('Origin', origin)
      .set('Access-Control-Request-Method', method)
      .set('Access-Control-Request-Headers', 'authorization, content-type, idempotency-key');

  it('answers an allowed origin\'s preflight with 204, without a token', async () => {
    const res = await preflight(opts.allowedOrigin);
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(opts.allowedOrigin);
    expect(res.headers['access-control-allow-methods']?.split(',')).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'DELETE']));
    expect(res.headers['access-control-allow-headers']?.toLowerCase().split(',')).toEqual(
      expect.arrayContaining(['authorization', 'idempotency-key', 'content-type']),
    );
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.headers.vary).toMatch(/Origin/);
  });

  it('lets an allowed page read the request id and rate-limit headers, on errors too', async () => {
    const res = await request(getApi().app).get(opts.protectedPath).set('Origin', opts.allowedOrigin);
    expect(res.status).toBe(401);
    expect(res.headers['access-control-allow-origin']).toBe(opts.allowedOrigin);
    const exposed = res.headers['access-control-expose-headers']?.toLowerCase().split(',') ?? [];
    expect(exposed).toEqual(expect.arrayContaining(['x-request-id', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after']));
  });

  it('sends no CORS header to another origin', async () => {
    for (const res of [
      await preflight('https://evil.example'),
      await request(getApi().app).get(opts.protectedPath).set('Origin', 'https://evil.example'),
    ]) {
      expect(Object.keys(res.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      expect(res.status).not.toBe(204);
    }
  });
}
