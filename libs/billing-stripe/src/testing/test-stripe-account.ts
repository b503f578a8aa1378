import { randomBytes } from 'node:crypto';
import { addMonth, invoiceJson, subscriptionJson, type Json, type TestInvoice, type TestPrice, type TestSubscription } from './stripe-objects';

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

type Session = {
  id: string;
  customer: string;
  price: string;
  clientReferenceId: string | null;
  metadata: Record<string, string>;
  subscriptionMetadata: Record<string, string>;
  successUrl: string;
  cancelUrl: string | null;
  status: 'open' | 'complete' | 'expired';
  subscription: string | null;
};

/**
 * What a Stripe account holds in the test server, and the state changes Stripe would make by
 * itself (a checkout paid, a renewal paid or declined, a period ending). Each change records the
 * events Stripe would send, in Stripe's shapes; tests deliver them in any order they like.
 */
export class TestStripeAccount {
  readonly customers = new Map<string, Json>();
  readonly sessions = new Map<string, Session>();
  readonly subscriptions = new Map<string, TestSubscription>();
  readonly invoices = new Map<string, TestInvoice>();
  readonly events: Json[] = [];

  constructor(
    readonly prices: Record<string, TestPrice>,
    private readonly nowSeconds: () => number,
    private readonly baseUrl: () => string,
  ) {}

  createCustomer(params: Json): Json {
    const customer = { id: newId('cus'), object: 'customer', email: params['email'] ?? null, name: params['name'] ?? null, metadata: params['metadata'] ?? {} };
    this.customers.set(customer.id, customer);
    return customer;
  }

  createSession(input: Omit<Session, 'id' | 'status' | 'subscription'>): Json {
    const session: Session = { ...input, id: newId('cs_test'), status: 'open', subscription: null };
    this.sessions.set(session.id, session);
    return this.sessionJson(session);
  }

  sessionJson(session: Session): Json {
    return {
      id: session.id,
      object: 'checkout.session',
      mode: 'subscription',
      customer: session.customer,
      client_reference_id: session.clientReferenceId,
      metadata: session.metadata,
      status: session.status,
      payment_status: session.status === 'complete' ? 'paid' : 'unpaid',
      subscription: session.subscription,
      success_url: session.successUrl,
      cancel_url: session.cancelUrl,
      url: session.status === 'open' ? `${this.baseUrl()}/checkout/${session.id}` : null,
    };
  }

  /** The customer paid on the hosted page: the subscription starts and its first invoice is paid. */
  completeCheckout(sessionId: string): Json[] {
    const session = this.sessions.get(sessionId);
    if (!session || session.status !== 'open') throw new Error(`no open checkout session ${sessionId}`);
    const now = this.nowSeconds();
    const sub: TestSubscription = {
      id: newId('sub'), customer: session.customer, status: 'active', itemId: newId('si'), price: session.price,
      periodStart: now, periodEnd: addMonth(now), cancelAtPeriodEnd: false, metadata: session.subscriptionMetadata, created: now,
    };
    this.subscriptions.set(sub.id, sub);
    session.status = 'complete';
    session.subscription = sub.id;
    const invoice = this.addInvoice(sub, this.priceOf(sub).unitAmount, 'subscription_create', 'paid');
    return [
      this.emit('customer.subscription.created', this.subscriptionJson(sub)),
      this.emit('invoice.paid', invoiceJson(invoice, this.baseUrl(), sub.metadata)),
      this.emit('checkout.session.completed', this.sessionJson(session)),
    ];
  }

  /** Moves to another price: prorated and invoiced now, or (no proration) billed from the next period. */
  changePrice(sub: TestSubscription, price: string, prorate: boolean): Json[] {
    const events: Json[] = [];
    if (prorate) {
      const now = this.nowSeconds();
      const remaining = Math.max(0, sub.periodEnd - now) / Math.max(1, sub.periodEnd - sub.periodStart);
      const amount = Math.max(0, Math.round((this.prices[price]!.unitAmount - this.priceOf(sub).unitAmount) * remaining));
      sub.price = price;
      events.push(this.emit('invoice.paid', invoiceJson(this.addInvoice(sub, amount, 'subscription_update', 'paid'), this.baseUrl(), sub.metadata)));
    } else {
      sub.price = price;
    }
    events.unshift(this.emit('customer.subscription.updated', this.subscriptionJson(sub)));
    return events;
  }

  setCancelAtPeriodEnd(sub: TestSubscription, cancel: boolean): Json[] {
    sub.cancelAtPeriodEnd = cancel;
    return [this.emit('customer.subscription.updated', this.subscriptionJson(sub))];
  }

  /** The period ends: a cancelling subscription is deleted, any other renews, paid or declined. */
  endPeriod(subscriptionId: string, opts: { paymentSucceeds: boolean } = { paymentSucceeds: true }): Json[] {
    const sub = this.mustGet(subscriptionId);
    if (sub.cancelAtPeriodEnd) return this.cancelNow(sub);
    sub.periodStart = sub.periodEnd;
    sub.periodEnd = addMonth(sub.periodStart);
    const status = opts.paymentSucceeds ? 'paid' : 'open';
    const invoice = this.addInvoice(sub, this.priceOf(sub).unitAmount, 'subscription_cycle', status);
    sub.status = opts.paymentSucceeds ? 'active' : 'past_due';
    return [
      this.emit(opts.paymentSucceeds ? 'invoice.paid' : 'invoice.payment_failed', invoiceJson(invoice, this.baseUrl(), sub.metadata)),
      this.emit('customer.subscription.updated', this.subscriptionJson(sub)),
    ];
  }

  cancelNow(sub: TestSubscription): Json[] {
    sub.status = 'canceled';
    return [this.emit('customer.subscription.deleted', this.subscriptionJson(sub))];
  }

  subscriptionJson(sub: TestSubscription): Json {
    return subscriptionJson(sub, this.prices);
  }

  mustGet(subscriptionId: string): TestSubscription {
    const sub = this.subscriptions.get(subscriptionId);
    if (!sub) throw new Error(`no subscription ${subscriptionId}`);
    return sub;
  }

  private priceOf(sub: TestSubscription): TestPrice {
    return this.prices[sub.price] ?? { unitAmount: 0, currency: 'gbp' };
  }

  private addInvoice(sub: TestSubscription, amount: number, billingReason: TestInvoice['billingReason'], status: TestInvoice['status']): TestInvoice {
    const invoice: TestInvoice = {
      id: newId('in'), customer: sub.customer, subscription: sub.id, amount, currency: this.priceOf(sub).currency,
      status, billingReason, periodStart: sub.periodStart, periodEnd: sub.periodEnd, created: this.nowSeconds(),
    };
    this.invoices.set(invoice.id, invoice);
    return invoice;
  }

  private emit(type: string, object: Json): Json {
    const event = {
      id: newId('evt'), object: 'event', api_version: '2026-10-28.endive', created: this.nowSeconds(), type,
      livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, data: { object },
    };
    this.events.push(event);
    return event;
  }
}
