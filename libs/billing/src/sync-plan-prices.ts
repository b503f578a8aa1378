import { eq, plans, type Database } from '@salon/db';

/**
 * Writes each paid plan's Stripe price id from config at start (STRIPE_PRICE_OWNER_BASIC…), so the
 * catalogue in the database names the prices of the Stripe account this process talks to.
 * @param priceIds plan id → Stripe price id; plans not named keep theirs
 */
export async function syncPlanPrices({ ctx, input }: { ctx: { db: Database }; input: { priceIds: Record<string, string | undefined> } }) {
  for (const [planId, priceId] of Object.entries(input.priceIds)) {
    if (priceId) await ctx.db.update(plans).set({ stripePriceId: priceId }).where(eq(plans.id, planId));
  }
}
