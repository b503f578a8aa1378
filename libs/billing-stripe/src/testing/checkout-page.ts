import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Json } from './stripe-objects';
import { deliverEvents } from './deliver-events';
import { type TestStripeAccount } from './test-stripe-account';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The dev checkout: GET shows the plan and a Pay button; POST completes the session, sends its
 * signed events to the API's webhook endpoint, then follows the success URL. Test cards, 3-D
 * Secure and declines are out of scope: this page always pays.
 */
export async function checkoutPage(args: {
  req: IncomingMessage;
  res: ServerResponse;
  path: string;
  raw: string;
  account: TestStripeAccount;
  sign: (event: Json) => { payload: string; signature: string };
  webhookUrlFor?: (metadata: Record<string, string>) => string | undefined;
}): Promise<void> {
  const { req, res, account } = args;
  const [, , sessionId = '', action] = args.path.split('/');
  if (sessionId === 'done') {
    // The dev return page (BILLING_RETURN_URL under npm start): there is no portal to go back to.
    const cancelled = (req.url ?? '').includes('checkout=cancelled');
    return html(res, 200, cancelled ? '<h1>Checkout cancelled</h1>' : '<h1>Paid</h1><p>The webhook was sent: GET /api/v1/subscriptions/me shows the new plan.</p>');
  }
  const session = account.sessions.get(sessionId);
  if (!session) return html(res, 404, '<h1>No such checkout session</h1>');
  if (req.method === 'GET' && !action) {
    const price = account.prices[session.price];
    const amount = price ? `${(price.unitAmount / 100).toFixed(2)} ${price.currency.toUpperCase()} a month` : session.price;
    const body = session.status !== 'open'
      ? `<p>This session is ${session.status === 'complete' ? 'already paid' : 'expired (a newer checkout replaced it)'}.</p>`
      : `<p>Plan <b>${escapeHtml(session.metadata['planId'] ?? session.price)}</b>: ${escapeHtml(amount)}</p>
         <form method="post" action="/checkout/${escapeHtml(session.id)}/pay"><button type="submit">Pay (dev checkout, no card)</button></form>`;
    return html(res, 200, `<h1>Dev checkout</h1><p>A local stand-in for Stripe Checkout: nothing is charged.</p>${body}`);
  }
  if (req.method === 'POST' && action === 'pay' && session.status === 'open') {
    const events = account.completeCheckout(session.id);
    if (args.webhookUrlFor) await deliverEvents(events, args.webhookUrlFor, args.sign);
    res.writeHead(303, { Location: session.successUrl });
    res.end();
    return;
  }
  return html(res, 409, '<h1>This session cannot be paid again</h1>');
}

function html(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><meta charset="utf-8"><title>Dev checkout</title><body style="font-family:sans-serif;max-width:36em;margin:3em auto">${body}</body>`);
}

/**
 * The hosted invoice page (`hosted_invoice_url`, GET /invoices/:id): like Stripe's, it needs no API
 * key, so the link in GET /subscriptions/invoices opens in a browser. Dev and tests only.
 */
export function invoicePage(res: ServerResponse, path: string, account: TestStripeAccount): void {
  const invoice = account.invoices.get(decodeURIComponent(path.split('/')[2] ?? ''));
  if (!invoice) return html(res, 404, '<h1>No such invoice</h1>');
  const day = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);
  const amount = `${(invoice.amount / 100).toFixed(2)} ${invoice.currency.toUpperCase()}`;
  return html(res, 200, `<h1>Invoice ${escapeHtml(invoice.id)}</h1><p>A local stand-in for Stripe's hosted invoice page: nothing was charged.</p>
    <table><tr><th align="left">Amount</th><td>${escapeHtml(amount)}</td></tr><tr><th align="left">Status</th><td>${escapeHtml(invoice.status)}</td></tr>
    <tr><th align="left">Reason</th><td>${escapeHtml(invoice.billingReason)}</td></tr>
    <tr><th align="left">Period</th><td>${day(invoice.periodStart)} to ${day(invoice.periodEnd)} (UTC)</td></tr></table>`);
}
