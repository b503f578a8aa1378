import { WebhookPayloadError, WebhookSignatureError } from '@salon/billing-stripe';
import { eq, processedWebhookEvents, withTransaction } from '@salon/db';
import { AppError } from '@salon/errors';
import { applyProviderSubscription } from './apply-provider-subscription';
import { type BillingContext } from './context';
import { recordInvoice } from './record-invoice';

export type WebhookOutcome = 'applied' | 'duplicate' | 'ignored';

/**
 * POST /subscriptions/webhooks. Verifies the signature over the raw body, then applies the event
 * once: its id goes into processed_webhook_events in the same transaction as its effect, so a
 * redelivery (even a concurrent one, which waits on the first's uncommitted row) finds it and
 * does nothing. Order does not matter: the effect is the subscription's current state, fetched
 * from Stripe, and invoices only move forward. Unknown types are acknowledged and ignored.
 * @throws AppError validation_failed (400) for a missing or bad signature, or a known event missing
 *   a field we act on (no object, id or currency), with no effect
 */
export async function handleBillingWebhook({
  ctx,
  input,
}: {
  ctx: BillingContext;
  input: { rawBody: Buffer | string; signature: string | undefined };
}): Promise<WebhookOutcome> {
  let event;
  try {
    event = ctx.provider.parseWebhook(input.rawBody, input.signature);
  } catch (error) {
    if (error instanceof WebhookSignatureError) {
      throw new AppError('validation_failed', 'The Stripe-Signature header did not verify.', { details: [{ path: 'headers.stripe-signature', message: error.message }] });
    }
    if (error instanceof WebhookPayloadError) {
      throw new AppError('validation_failed', 'The event lacks what we act on.', { details: [{ path: 'body', message: error.message }] });
    }
    throw error;
  }
  if (event.type === 'other') return 'ignored';
  // A redelivery needs no call to Stripe; the insert below is what guarantees once, this only saves work.
  const [seen] = await ctx.db.select({ id: processedWebhookEvents.eventId }).from(processedWebhookEvents).where(eq(processedWebhookEvents.eventId, event.id));
  if (seen) return 'duplicate';
  const subscription = event.subscriptionId ? await ctx.provider.getSubscription(event.subscriptionId) : null;
  return withTransaction(ctx, async (tx) => {
    const [fresh] = await tx
      .insert(processedWebhookEvents)
      .values({ eventId: event.id, type: event.providerType, processedAt: ctx.now() })
      .onConflictDoNothing()
      .returning({ eventId: processedWebhookEvents.eventId });
    if (!fresh) return 'duplicate';
    if (subscription) await applyProviderSubscription(tx, { subscription, now: ctx.now(), provider: ctx.provider, graceDays: ctx.graceDays });
    if (event.invoice) await recordInvoice(tx, event.invoice);
    return 'applied';
  });
}
