import { subscriptions, type Database } from '@salon/db';
import { lookup } from './lookup';
import { type SeededPerson } from './insert-people';

/**
 * Demo users on different plans, granted without Stripe (no Stripe ids, no period end): the
 * others are on Free, so both a limit and a checkout can be tried (docs/billing.md).
 */
export const DEMO_PLANS: Record<string, { audience: 'owner' | 'customer'; planId: string }> = {
  olivia: { audience: 'owner', planId: 'owner_premium' },
  marcus: { audience: 'owner', planId: 'owner_basic' },
  sam: { audience: 'customer', planId: 'customer_premium' },
  alex: { audience: 'customer', planId: 'customer_basic' },
};

export async function insertSubscriptions(db: Database, people: ReadonlyMap<string, SeededPerson>, now: Date): Promise<void> {
  await db.insert(subscriptions).values(
    Object.entries(DEMO_PLANS).map(([name, plan]) => ({
      userId: lookup(people, name, 'person').userId,
      audience: plan.audience,
      planId: plan.planId,
      status: 'active' as const,
      currentPeriodStart: now,
    })),
  );
}
