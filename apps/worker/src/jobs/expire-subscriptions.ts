import { expireSubscriptions, type BillingContext, type ExpiredSubscription } from '@salon/billing';
import { eq, users } from '@salon/db';
import { escapeHtml, type Notifier } from '@salon/notifications';

const PLAN_NAMES: Record<string, string> = {
  owner_basic: 'Basic', owner_premium: 'Premium', customer_basic: 'Basic', customer_premium: 'Premium',
};

/**
 * The 'expire-subscriptions' cron job: libs/billing's expiry and dunning, then one email to each
 * user who dropped to Free. Running it twice is harmless: the second run finds nothing to expire.
 * An email that fails is counted, not retried (the expiry it reports has already happened).
 */
export async function runSubscriptionExpiry({
  ctx,
  input,
}: {
  ctx: { billing: BillingContext; notifier: Notifier; from: string };
  input: { now: Date };
}): Promise<{ expired: number; emailed: number; emailFailures: number }> {
  const expired = await expireSubscriptions({ ctx: ctx.billing, input });
  let emailed = 0;
  let emailFailures = 0;
  for (const entry of expired) {
    const [user] = await ctx.billing.db.select({ email: users.email, name: users.displayName }).from(users).where(eq(users.id, entry.userId));
    if (!user?.email) continue;
    try {
      await ctx.notifier.send(expiryEmail(entry, { to: user.email, name: user.name, from: ctx.from }));
      emailed += 1;
    } catch {
      emailFailures += 1;
    }
  }
  return { expired: expired.length, emailed, emailFailures };
}

function expiryEmail(entry: ExpiredSubscription, who: { to: string; name: string | null; from: string }) {
  const plan = PLAN_NAMES[entry.planId] ?? entry.planId;
  const why = entry.reason === 'payment_failed'
    ? `we could not collect the payment for your ${plan} plan, so it has ended`
    : `your ${plan} plan has ended, as you asked`;
  const text = `Hello${who.name ? ` ${who.name}` : ''},\n\n${why[0]!.toUpperCase()}${why.slice(1)}. You are now on the Free plan; nothing was deleted. You can choose a plan again at any time.\n`;
  return {
    to: who.to,
    from: who.from,
    subject: `Your ${plan} plan has ended`,
    text,
    html: `<p>${escapeHtml(text).replaceAll('\n\n', '</p><p>').replaceAll('\n', '')}</p>`,
    attachments: [],
    categories: ['subscription_expired'],
    customArgs: { kind: 'subscription_expired', userId: entry.userId, reason: entry.reason },
  };
}
