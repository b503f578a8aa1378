import { createBillingContext, DEFAULT_BILLING_SETTINGS } from '@salon/billing';
import { eq, subscriptions } from '@salon/db';
import { makeUser, useTestDatabase } from '@salon/db/testing';
import { type EmailMessage, type Notifier } from '@salon/notifications';
import { runSubscriptionExpiry } from './expire-subscriptions';

const database = useTestDatabase();
const NOW = new Date('2027-01-10T12:00:00Z');

describe('the expire-subscriptions job', () => {
  it('drops ended and dunned subscriptions to Free, emails each user once, and does nothing the second time', async () => {
    const { db } = database();
    const sent: EmailMessage[] = [];
    const notifier: Notifier = { send: async (message) => { sent.push(message); return { providerMessageId: null }; } };
    const ended = await makeUser(db, { email: 'ended@example.test', displayName: 'Ena' });
    const dunned = await makeUser(db, { email: 'dunned@example.test' });
    const current = await makeUser(db, { email: 'current@example.test' });
    await db.insert(subscriptions).values([
      { userId: ended.id, audience: 'owner', planId: 'owner_premium', status: 'active', cancelAtPeriodEnd: true,
        currentPeriodStart: new Date('2026-12-01T00:00:00Z'), currentPeriodEnd: new Date('2027-01-01T00:00:00Z') },
      { userId: dunned.id, audience: 'customer', planId: 'customer_basic', status: 'past_due', pastDueSince: new Date('2027-01-01T00:00:00Z'),
        currentPeriodStart: new Date('2027-01-01T00:00:00Z'), currentPeriodEnd: new Date('2027-02-01T00:00:00Z') },
      { userId: current.id, audience: 'owner', planId: 'owner_basic', status: 'active',
        currentPeriodStart: new Date('2027-01-01T00:00:00Z'), currentPeriodEnd: new Date('2027-02-01T00:00:00Z') },
    ]);
    // Free rows and rows without Stripe ids need no provider: the default (unconfigured) one is never called.
    const billing = createBillingContext({ db, now: () => NOW, settings: DEFAULT_BILLING_SETTINGS });
    const ctx = { billing, notifier, from: 'billing@salon.test' };
    expect(await runSubscriptionExpiry({ ctx, input: { now: NOW } })).toEqual({ expired: 2, emailed: 2, emailFailures: 0 });
    expect(sent.map((m) => [m.to, m.subject])).toEqual(expect.arrayContaining([
      ['ended@example.test', 'Your Premium plan has ended'], ['dunned@example.test', 'Your Basic plan has ended'],
    ]));
    expect(sent.find((m) => m.to === 'dunned@example.test')!.text).toContain('could not collect the payment');
    expect(await runSubscriptionExpiry({ ctx, input: { now: NOW } })).toEqual({ expired: 0, emailed: 0, emailFailures: 0 });
    const [kept] = await db.select().from(subscriptions).where(eq(subscriptions.userId, current.id));
    expect(kept?.status).toBe('active');
  });
});
