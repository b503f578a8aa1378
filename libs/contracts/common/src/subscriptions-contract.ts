import { initContract } from '@ts-rest/core';
import { z } from 'zod';
import { API_ROUTER_OPTIONS } from './errors';
import { pageOf, PaginationQuerySchema } from './pagination';
import { text } from './primitives';
import { auth } from './route-meta';

const c = initContract();

const MinorUnits = z.number().int().nonnegative().describe('Integer count of the currency\'s minor unit (pence, cents); never a float.');
const Instant = z.string().datetime().describe('UTC instant, RFC 3339.');

export const PlanSchema = z.object({
  id: z.string().describe('Plan id, e.g. owner_basic: send it as planId.'),
  audience: z.enum(['owner', 'customer']),
  name: z.string(),
  priceMinor: MinorUnits,
  currency: z.string().length(3).describe('ISO 4217.'),
  interval: z.enum(['month', 'year']),
  limits: z.object({
    maxShops: z.number().int().nullable().optional().describe('Owners: shops at once; null = unlimited.'),
    maxBookingsPerMonth: z.number().int().nullable().optional().describe('Customers: bookings made per calendar month (your zone); null = unlimited.'),
  }),
  features: z.array(z.string()).describe('Features the plan turns on: analyticsDashboard, calendarFeed, prioritySupport.'),
});
export type PlanView = z.infer<typeof PlanSchema>;

export const MySubscriptionSchema = z.object({
  plan: PlanSchema.describe('The plan you are on now (Free when you hold nothing).'),
  status: z.enum(['active', 'trialing', 'past_due']).describe('past_due: the last payment failed; the plan is kept until graceEndsAt.'),
  currentPeriodStart: Instant.nullable(),
  currentPeriodEnd: Instant.nullable().describe('When the paid period ends (renews, or ends if cancelAtPeriodEnd).'),
  cancelAtPeriodEnd: z.boolean(),
  pendingPlan: PlanSchema.nullable().describe('A downgrade that takes effect at currentPeriodEnd.'),
  graceEndsAt: Instant.nullable().describe('past_due only: when the plan drops to Free unless a payment succeeds.'),
});
export type MySubscription = z.infer<typeof MySubscriptionSchema>;

export const PlanIdBodySchema = z.object({ planId: text({ min: 1, max: 64 }).describe('A plan id from GET /subscriptions/plans.') }).strict();

export const StartSubscriptionResultSchema = z.object({
  status: z.enum(['active', 'checkout_required', 'resumed']).describe(
    'active: Free took effect at once. checkout_required: open checkoutUrl to pay. resumed (HTTP 200): your subscription cancelled at the period end renews again.',
  ),
  checkoutUrl: z.string().url().nullable().describe('Stripe Checkout page for a paid plan; the plan starts when Stripe confirms payment.'),
  subscription: MySubscriptionSchema.describe('Your subscription now (still the old plan until checkout completes).'),
});

export const InvoiceSchema = z.object({
  id: z.string().uuid(),
  amountMinor: MinorUnits,
  currency: z.string().length(3),
  status: z.enum(['draft', 'open', 'paid', 'uncollectible', 'void']),
  reason: z.string().nullable().describe('subscription_create, subscription_cycle, or subscription_update (a proration).'),
  periodStart: Instant.nullable(),
  periodEnd: Instant.nullable(),
  paidAt: Instant.nullable(),
  hostedInvoiceUrl: z.string().nullable().describe('Stripe\'s page for the invoice (receipt, PDF).'),
  createdAt: Instant,
});

const IdempotencyHeaders = z.object({
  'idempotency-key': text({ min: 1, max: 255 })
    .optional()
    .describe('Optional. The same key with the same body within 24 h replays the first response; with another body: 422. Passed on to Stripe.'),
});

/** The seven subscription routes, the same on both APIs; `who` is the side (owner-api: owner). */
export const subscriptionsContractFor = (who: 'owner' | 'customer') =>
  c.router(
    {
      plans: {
        method: 'GET', path: '/subscriptions/plans', responses: { 200: z.object({ items: z.array(PlanSchema) }) }, metadata: auth('public'),
        summary: `The ${who} plans, cheapest first (public).`,
      },
      start: {
        method: 'POST', path: '/subscriptions', headers: IdempotencyHeaders, body: PlanIdBodySchema,
        responses: { 200: StartSubscriptionResultSchema, 201: StartSubscriptionResultSchema }, metadata: auth(who),
        summary: 'Choose a plan: Free takes effect at once; a paid plan answers a Stripe Checkout URL (an open one for the same plan is reused). The plan you hold while cancelled at the period end: resumed (200). 409 conflict for the plan you hold otherwise (Free included), or a paid plan while on another: use PUT /subscriptions/upgrade.',
      },
      me: { method: 'GET', path: '/subscriptions/me', responses: { 200: MySubscriptionSchema }, metadata: auth(who), summary: 'Your plan, status and period.' },
      upgrade: {
        method: 'PUT', path: '/subscriptions/upgrade', headers: IdempotencyHeaders, body: PlanIdBodySchema,
        responses: { 200: MySubscriptionSchema }, metadata: auth(who),
        summary: 'Change your paid plan: an upgrade applies now with a prorated invoice; a downgrade at the end of the period. Also resumes a subscription cancelled at the period end. 409 for the plan you hold or already move to.',
      },
      cancel: {
        method: 'POST', path: '/subscriptions/cancel', headers: IdempotencyHeaders, body: z.object({}).strict().optional(),
        responses: { 200: MySubscriptionSchema }, metadata: auth(who),
        summary: 'Cancel at the end of the paid period: the plan stays until then, then Free. Nothing is deleted. 409 when already cancelling (concurrent cancels: one 200, the rest 409).',
      },
      invoices: {
        method: 'GET', path: '/subscriptions/invoices', query: PaginationQuerySchema, responses: { 200: pageOf(InvoiceSchema) }, metadata: auth(who),
        summary: 'Your payments, newest first.',
      },
      webhook: {
        method: 'POST', path: '/subscriptions/webhooks',
        headers: z.object({ 'stripe-signature': text({ max: 2048 }).optional() }),
        body: z.unknown(),
        responses: { 200: z.object({ received: z.literal(true), outcome: z.enum(['applied', 'duplicate', 'ignored']) }) },
        metadata: auth('public'),
        summary: 'Stripe webhooks: signature checked over the raw body (400 if bad); each event applied once, in any order.',
      },
    },
    API_ROUTER_OPTIONS,
  );
