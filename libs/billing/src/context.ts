import { type BillingProvider } from '@salon/billing-stripe';
import { type Database } from '@salon/db';

/** What plan checks need: the database (or the caller's transaction), the clock and the grace period. */
export type PlanContext = {
  db: Database;
  now: () => Date;
  /** BILLING_GRACE_DAYS: how long a past-due subscription keeps its plan (days). */
  graceDays: number;
};

/** What the subscription use cases run with; built once per process by the app's composition root. */
export type BillingContext = PlanContext & {
  provider: BillingProvider;
  /** Where Stripe Checkout sends the browser back to: `?checkout=success|cancelled` is appended. */
  returnUrl: string;
};

export type Audience = 'owner' | 'customer';
