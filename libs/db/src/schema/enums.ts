import { pgEnum } from 'drizzle-orm/pg-core';

/**
 * PostgreSQL enums for the life cycles that code switches over exhaustively. Sets that mirror an
 * outside system (Stripe invoice states) or are operational (outbox, idempotency) are `text` with a
 * CHECK instead, because adding an enum value cannot be used in the same transaction that adds it.
 */
export const bookingStatus = pgEnum('booking_status', ['pending', 'confirmed', 'cancelled', 'completed', 'no_show']);

/** Which side of the marketplace a plan or subscription is for. */
export const audience = pgEnum('audience', ['owner', 'customer']);

/** Mirrors Stripe's subscription life cycle, collapsed to what the product acts on. */
export const subscriptionStatus = pgEnum('subscription_status', [
  'trialing',
  'active',
  'past_due',
  'cancelled',
  'expired',
]);

export type BookingStatus = (typeof bookingStatus.enumValues)[number];
export type Audience = (typeof audience.enumValues)[number];
export type SubscriptionStatus = (typeof subscriptionStatus.enumValues)[number];
