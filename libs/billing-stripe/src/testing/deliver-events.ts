import { type Json } from './stripe-objects';

/** Posts signed events to the webhook URL their object's metadata picks (dev checkout only). */
export async function deliverEvents(events: Json[], urlFor: (metadata: Record<string, string>) => string | undefined, sign: (event: Json) => { payload: string; signature: string }) {
  for (const event of events) {
    const object = (event['data'] as { object: Json }).object;
    // An invoice carries its subscription's metadata under parent.subscription_details, as Stripe's do.
    const parent = object['parent'] as { subscription_details?: { metadata?: Record<string, string> } } | undefined;
    const metadata = (object['metadata'] ?? parent?.subscription_details?.metadata ?? {}) as Record<string, string>;
    const url = urlFor(metadata);
    if (!url) continue;
    const { payload, signature } = sign(event);
    await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature }, body: payload }).catch(() => undefined);
  }
}

