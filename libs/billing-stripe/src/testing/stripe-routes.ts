import { stripeError, type Json } from './stripe-objects';
import { type TestStripeAccount } from './test-stripe-account';

type Call = { method: string; path: string; params: Json };
type Answer = { status: number; body: Json };

const missing = (what: string, id: string, param?: string): Answer => ({
  status: 404,
  body: stripeError('invalid_request_error', `No such ${what}: '${id}'`, { code: 'resource_missing', ...(param && { param }) }),
});
const invalid = (message: string, param: string): Answer => ({
  status: 400,
  body: stripeError('invalid_request_error', message, { code: 'parameter_missing', param }),
});
const record = (value: unknown): Record<string, string> =>
  value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)])) : {};

/** The Stripe endpoints this project calls; anything else is Stripe's 404 for an unknown URL. */
export function routeStripeCall(account: TestStripeAccount, { method, path, params }: Call): Answer {
  const sub = path.match(/^\/v1\/subscriptions\/([^/]+)$/);
  if (method === 'POST' && path === '/v1/customers') return { status: 200, body: account.createCustomer(params) };
  if (method === 'POST' && path === '/v1/checkout/sessions') return createSession(account, params);
  if (method === 'GET' && path === '/v1/checkout/sessions') return listSessions(account, params);
  const expire = path.match(/^\/v1\/checkout\/sessions\/([^/]+)\/expire$/);
  if (method === 'POST' && expire) {
    const id = decodeURIComponent(expire[1]!);
    const session = account.sessions.get(id);
    if (!session) return missing('checkout.session', id);
    if (session.status !== 'open') {
      return { status: 400, body: stripeError('invalid_request_error', `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`) };
    }
    session.status = 'expired';
    return { status: 200, body: account.sessionJson(session) };
  }
  if (sub) {
    const id = decodeURIComponent(sub[1]!);
    const found = account.subscriptions.get(id);
    if (!found) return missing('subscription', id, 'id');
    if (method === 'GET') return { status: 200, body: account.subscriptionJson(found) };
    if (method === 'DELETE') {
      if (found.status !== 'canceled') account.cancelNow(found);
      return { status: 200, body: account.subscriptionJson(found) };
    }
    if (method === 'POST') return updateSubscription(account, id, params);
  }
  return { status: 404, body: stripeError('invalid_request_error', `Unrecognized request URL (${method}: ${path}).`) };
}

function listSessions(account: TestStripeAccount, params: Json): Answer {
  const data = [...account.sessions.values()]
    .filter((s) => (!params['customer'] || s.customer === params['customer']) && (!params['status'] || s.status === params['status']))
    .reverse()
    .map((s) => account.sessionJson(s));
  return { status: 200, body: { object: 'list', url: '/v1/checkout/sessions', has_more: false, data } };
}

function createSession(account: TestStripeAccount, params: Json): Answer {
  if (params['mode'] !== 'subscription') return invalid('Only mode=subscription is supported here.', 'mode');
  const customer = String(params['customer'] ?? '');
  if (!account.customers.has(customer)) return missing('customer', customer, 'customer');
  const lineItems = params['line_items'] as Json[] | undefined;
  const price = String(lineItems?.[0]?.['price'] ?? '');
  if (!price) return invalid('Missing required param: line_items[0][price].', 'line_items[0][price]');
  if (!account.prices[price]) return missing('price', price, 'line_items[0][price]');
  if (typeof params['success_url'] !== 'string') return invalid('Missing required param: success_url.', 'success_url');
  const body = account.createSession({
    customer,
    price,
    clientReferenceId: typeof params['client_reference_id'] === 'string' ? params['client_reference_id'] : null,
    metadata: record(params['metadata']),
    subscriptionMetadata: record((params['subscription_data'] as Json | undefined)?.['metadata']),
    successUrl: params['success_url'],
    cancelUrl: typeof params['cancel_url'] === 'string' ? params['cancel_url'] : null,
  });
  return { status: 200, body };
}

function updateSubscription(account: TestStripeAccount, id: string, params: Json): Answer {
  const sub = account.mustGet(id);
  if (sub.status === 'canceled') {
    return { status: 400, body: stripeError('invalid_request_error', 'A canceled subscription can only update its cancellation_details and metadata.') };
  }
  const item = (params['items'] as Json[] | undefined)?.[0];
  if (item) {
    if (item['id'] !== sub.itemId) return missing('subscription item', String(item['id']), 'items[0][id]');
    const price = String(item['price'] ?? '');
    if (!account.prices[price]) return missing('price', price, 'items[0][price]');
    account.changePrice(sub, price, params['proration_behavior'] === 'always_invoice');
  }
  if (params['cancel_at_period_end'] !== undefined) account.setCancelAtPeriodEnd(sub, params['cancel_at_period_end'] === 'true');
  return { status: 200, body: account.subscriptionJson(sub) };
}
