import { type StripeJson } from '@salon/billing-stripe/testing';
import { asc, eq, payments, subscriptions, type DatabaseHandle } from '@salon/db';
import { createTestDatabase, makeUser } from '@salon/db/testing';
import fc from 'fast-check';
import { type BillingContext } from './context';
import { createBillingContext } from './create-billing-context';
import { handleBillingWebhook } from './handle-webhook';
import { createBillingTestbed, type BillingTestbed } from './testing';

// A realistic life of a subscription, step by step on the Stripe test server. One database gets
// each step's events at once and in order; the other gets a random subset of what is pending after
// each step, shuffled and with duplicates, and the rest (again shuffled, again duplicated) at the
// end. Both must end in the same state: subscription row and invoices.
const DAY_MS = 86_400_000;
let clock = new Date('2026-12-01T10:00:00Z');

type Step = 'upgrade' | 'renew_paid' | 'renew_failed' | 'cancel' | 'end_period';
const STEPS: Step[] = ['upgrade', 'renew_paid', 'renew_failed', 'cancel', 'end_period'];

describe('webhooks in any order, with duplicates, end in the ordered state (property)', () => {
  let bed: BillingTestbed;
  let ordered: DatabaseHandle;
  let shuffled: DatabaseHandle;
  const ctxOf = (db: DatabaseHandle): BillingContext => createBillingContext({ db: db.db, now: () => clock, settings: bed.settings });

  beforeAll(async () => {
    bed = await createBillingTestbed({ now: () => clock });
    ordered = await createTestDatabase();
    shuffled = await createTestDatabase();
    await bed.usePrices(ordered.db);
    await bed.usePrices(shuffled.db);
  }, 120_000);
  afterAll(async () => {
    await ordered?.close();
    await shuffled?.close();
    await bed?.close();
  });

  const deliver = async (db: DatabaseHandle, event: StripeJson) => {
    const { payload, signature } = bed.signed(event);
    return handleBillingWebhook({ ctx: ctxOf(db), input: { rawBody: Buffer.from(payload), signature } });
  };
  const stateOf = async (db: DatabaseHandle, userId: string) => ({
    subscriptions: (await db.db.select().from(subscriptions).where(eq(subscriptions.userId, userId)).orderBy(asc(subscriptions.stripeSubscriptionId)))
      .map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => rest),
    payments: (await db.db.select().from(payments).where(eq(payments.userId, userId)).orderBy(asc(payments.stripeInvoiceId)))
      .map(({ id: _id, createdAt: _c, subscriptionId: _s, ...rest }) => rest),
  });

  it('reaches the same subscription and invoices as in-order delivery', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...STEPS), { maxLength: 5 }),
        fc.infiniteStream(fc.nat()),
        async (steps, random) => {
          const next = () => random.next().value as number;
          const user = await makeUser(ordered.db);
          await makeUser(shuffled.db, { id: user.id, clerkUserId: user.clerkUserId });
          const { account } = bed.stripe;
          const customer = account.createCustomer({});
          const session = account.createSession({
            customer: customer['id'] as string, price: 'price_owner_basic', clientReferenceId: user.id, successUrl: 'http://x/ok', cancelUrl: null,
            metadata: { userId: user.id, audience: 'owner', planId: 'owner_basic' }, subscriptionMetadata: { userId: user.id, audience: 'owner', planId: 'owner_basic' },
          });
          const pending: StripeJson[] = [];
          const delivered: StripeJson[] = [];
          const happen = async (events: StripeJson[]) => {
            for (const event of events) await deliver(ordered, event);
            pending.push(...events);
            // Deliver a random part of what is pending, in random order; sometimes redeliver an old one.
            for (let n = next() % (pending.length + 1); n > 0; n -= 1) {
              const [event] = pending.splice(next() % pending.length, 1);
              await deliver(shuffled, event!);
              delivered.push(event!);
              if (next() % 3 === 0) await deliver(shuffled, delivered[next() % delivered.length]!);
            }
          };
          clock = new Date(clock.getTime() + DAY_MS);
          await happen(account.completeCheckout(session['id'] as string));
          const subId = account.sessions.get(session['id'] as string)!.subscription!;
          for (const step of steps) {
            const sub = account.mustGet(subId);
            if (sub.status === 'canceled') break;
            clock = step === 'upgrade' || step === 'cancel' ? new Date(clock.getTime() + DAY_MS) : new Date(sub.periodEnd * 1000);
            if (step === 'upgrade') await happen(account.changePrice(sub, sub.price === 'price_owner_basic' ? 'price_owner_premium' : 'price_owner_basic', true));
            if (step === 'cancel') await happen(account.setCancelAtPeriodEnd(sub, !sub.cancelAtPeriodEnd));
            if (step === 'renew_paid' || step === 'renew_failed' || step === 'end_period') {
              await happen(account.endPeriod(subId, { paymentSucceeds: step !== 'renew_failed' }));
            }
          }
          while (pending.length > 0) {
            const [event] = pending.splice(next() % pending.length, 1);
            await deliver(shuffled, event!);
            delivered.push(event!);
          }
          for (const event of delivered) if (next() % 4 === 0) expect(await deliver(shuffled, event)).toBe('duplicate');
          expect(await stateOf(shuffled, user.id)).toEqual(await stateOf(ordered, user.id));
          expect((await stateOf(ordered, user.id)).subscriptions).toHaveLength(1);
        },
      ),
      { numRuns: 12 },
    );
  }, 180_000);

  it('applies concurrent redeliveries of one event exactly once, never failing', async () => {
    const user = await makeUser(ordered.db);
    const { account } = bed.stripe;
    const customer = account.createCustomer({});
    const session = account.createSession({
      customer: customer['id'] as string, price: 'price_owner_basic', clientReferenceId: user.id, successUrl: 'http://x/ok', cancelUrl: null,
      metadata: {}, subscriptionMetadata: { userId: user.id, audience: 'owner', planId: 'owner_basic' },
    });
    const events = account.completeCheckout(session['id'] as string);
    const invoicePaid = events.find((e) => e['type'] === 'invoice.paid')!;
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => deliver(ordered, invoicePaid)));
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(7);
    expect(await ordered.db.select().from(payments).where(eq(payments.userId, user.id))).toHaveLength(1);
  });
});
