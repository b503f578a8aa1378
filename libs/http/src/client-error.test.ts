import { type AppError } from '@salon/errors';
import express, { type NextFunction, type Request, type Response } from 'express';
import { requireHost } from './require-host';
import { rawExchange } from '@salon/ports/testing';
import { listen, type RunningServer } from './listen';

let server: RunningServer;
beforeAll(async () => {
  const app = express();
  app.use(requireHost());
  app.get('/ok', (_req, res) => res.json({ ok: true }));
  // The apps' error handler, reduced to the envelope's status and code.
  app.use((error: AppError, _req: Request, res: Response, _next: NextFunction) => {
    res.status(400).set('connection', 'close').json({ error: { code: error.code, message: error.message, details: [], requestId: 'r' } });
  });
  server = await listen(app, 0, { host: '127.0.0.1', drainMs: 100 });
});
afterAll(() => server.close());

const exchange = (raw: string) => rawExchange(server.port, raw);

function parse(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  return { statusLine: head.split('\r\n')[0], head, body: JSON.parse(body) as { error: { code: string; message: string; requestId: string; details: unknown[] } } };
}

describe('what the HTTP parser refuses gets the error envelope', () => {
  it('answers headers over 16 kB with 431 headers_too_large', async () => {
    const { statusLine, head, body } = parse(await exchange(`GET /ok HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${'a'.repeat(20_000)}\r\n\r\n`));
    expect(statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(head).toMatch(/content-type: application\/json/i);
    expect(body.error).toMatchObject({ code: 'headers_too_large', details: [] });
    expect(head).toContain(`X-Request-Id: ${body.error.requestId}`);
  });

  it('answers bytes that are not HTTP with 400 validation_failed', async () => {
    const { statusLine, body } = parse(await exchange('HELLO THERE\r\n\r\n'));
    expect(statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(body.error.code).toBe('validation_failed');
  });

  it('answers an HTTP/1.1 request without Host in the envelope (the app checks it, not Node)', async () => {
    const { statusLine, body } = parse(await exchange('GET /ok HTTP/1.1\r\nConnection: close\r\n\r\n'));
    expect(statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(body.error.code).toBe('validation_failed');
  });

  it('answers two Host headers with the 400 envelope', async () => {
    const { statusLine, body } = parse(await exchange('GET /ok HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n'));
    expect(statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(body.error.code).toBe('validation_failed');
  });

  it('serves a request with an Expect other than 100-continue instead of a bare 417', async () => {
    const answer = await exchange('GET /ok HTTP/1.1\r\nHost: x\r\nExpect: foo\r\nConnection: close\r\n\r\n');
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
  });

  it('still serves ordinary requests', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/ok`);
    expect(await res.json()).toEqual({ ok: true });
  });
});
