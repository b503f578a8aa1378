import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import qs from 'qs';
import { checkoutPage, invoicePage } from './checkout-page';
import { routeStripeCall } from './stripe-routes';
import { stripeError, type Json, type TestPrice } from './stripe-objects';
import { TestStripeAccount } from './test-stripe-account';
import { signWebhookPayload } from './sign-webhook';
import { deliverEvents } from './deliver-events';

export type StripeTestServerOptions = {
  /** Prices the account knows, by id: `{ price_basic: { unitAmount: 1900, currency: 'gbp' } }`. */
  prices: Record<string, TestPrice>;
  webhookSecret: string;
  /** The clock for `created` and billing periods; tests pass theirs. */
  now?: () => Date;
  /** Where the dev checkout page sends the signed events of a paid session (by its metadata). */
  webhookUrlFor?: (metadata: Record<string, string>) => string | undefined;
  port?: number;
};

export type StripeTestServer = {
  account: TestStripeAccount;
  /** What createStripeBilling's `apiBase` takes to send the real SDK here. */
  apiBase: { host: string; port: number; protocol: 'http' };
  url: string;
  /** Every request the SDK made: method, path, idempotency key. */
  requests: { method: string; path: string; idempotencyKey: string | undefined }[];
  /** A payload and the Stripe-Signature header that verifies it, as Stripe would send them. */
  sign(event: Json): { payload: string; signature: string };
  close(): Promise<void>;
};

/**
 * A local stand-in for the part of Stripe's API this project calls, with Stripe's status codes,
 * error bodies and Idempotency-Key replay (same key and parameters → the first answer; other
 * parameters → 400 idempotency_error). Also serves the hosted checkout page (GET /checkout/:id)
 * and hosted invoice pages (GET /invoices/:id, no API key, as Stripe's),
 * so `npm start` without STRIPE_SECRET_KEY can run a whole upgrade in a browser.
 */
export async function startStripeTestServer(opts: StripeTestServerOptions): Promise<StripeTestServer> {
  let baseUrl = '';
  const now = opts.now ?? (() => new Date());
  const account = new TestStripeAccount(opts.prices, () => Math.floor(now().getTime() / 1000), () => baseUrl);
  const requests: StripeTestServer['requests'] = [];
  const replays = new Map<string, { hash: string; status: number; body: Json }>();
  const sign = (event: Json) => {
    const payload = JSON.stringify(event);
    return { payload, signature: signWebhookPayload(payload, opts.webhookSecret) };
  };

  const server = createServer((req, res) => {
    void readBody(req).then(async (raw) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (path.startsWith('/checkout/')) return checkoutPage({ req, res, path, raw, account, sign, webhookUrlFor: opts.webhookUrlFor });
      if (path.startsWith('/invoices/') && req.method === 'GET') return invoicePage(res, path, account);
      const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
      requests.push({ method: req.method ?? 'GET', path, idempotencyKey });
      if (!/^Bearer sk_(test|live)_\S+$/.test(req.headers.authorization ?? '')) {
        return send(res, 401, stripeError('invalid_request_error', 'Invalid API Key provided.'));
      }
      // GET parameters come in the query string, POST ones form-encoded in the body, as the SDK sends them.
      const query = (req.url ?? '').split('?')[1] ?? '';
      const params = qs.parse(req.method === 'GET' ? query : raw, { depth: 10, arrayLimit: 100 }) as Json;
      const hash = createHash('sha256').update(`${req.method} ${path} ${raw}`).digest('hex');
      const replay = idempotencyKey ? replays.get(idempotencyKey) : undefined;
      if (replay && replay.hash !== hash) {
        return send(res, 400, stripeError('idempotency_error', `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`));
      }
      if (replay) return send(res, replay.status, replay.body, { 'Idempotent-Replayed': 'true' });
      const emittedBefore = account.events.length;
      const { status, body } = routeStripeCall(account, { method: req.method ?? 'GET', path, params });
      // Stripe stores the result of every POST that reached it, errors included (not 5xx).
      if (idempotencyKey && req.method === 'POST' && status < 500) replays.set(idempotencyKey, { hash, status, body });
      send(res, status, body);
      // As the dev checkout, send what an API call made happen (an upgrade's invoice) like Stripe
      // would: after answering, since the caller holds the user's billing lock its webhooks wait on.
      if (opts.webhookUrlFor) await deliverEvents(account.events.slice(emittedBefore), opts.webhookUrlFor, sign);
    }).catch((error: unknown) => send(res, 500, stripeError('api_error', error instanceof Error ? error.message : 'error')));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;
  return {
    account,
    apiBase: { host: '127.0.0.1', port, protocol: 'http' },
    url: baseUrl,
    requests,
    sign,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function send(res: ServerResponse, status: number, body: Json, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Request-Id': `req_${Date.now()}`, ...headers });
  res.end(JSON.stringify(body));
}
