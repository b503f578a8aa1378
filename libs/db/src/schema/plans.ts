import { relations, sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { activeFlag, currencyCode, currencyIsIso, timestamps } from './columns';
import { audience } from './enums';
import { subscriptions } from './subscriptions';

/** What a plan allows; a missing or null limit means unlimited. */
export type PlanLimits = { maxShops?: number | null; maxBookingsPerMonth?: number | null };

/** Feature switches a plan turns on, e.g. `{ calendarIntegration: true }`. */
export type PlanFeatures = Record<string, boolean>;

/** Billing interval of a plan. */
export type PlanInterval = 'month' | 'year';

/**
 * The plan catalogue. Ids are readable text (`owner_basic`) because code and Stripe metadata refer
 * to them by name.
 */
export const plans = pgTable(
  'plans',
  {
    id: text('id').primaryKey(),
    audience: audience('audience').notNull(),
    name: text('name').notNull(),
    priceMinor: integer('price_minor').notNull(),
    currency: currencyCode().notNull(),
    interval: text('interval').$type<PlanInterval>().notNull().default('month'),
    limits: jsonb('limits').$type<PlanLimits>().notNull().default({}),
    features: jsonb('features').$type<PlanFeatures>().notNull().default({}),
    /** Null for free plans, which never go through Stripe. */
    stripePriceId: text('stripe_price_id'),
    ...activeFlag,
    ...timestamps,
  },
  (t) => [
    check('plans_price_non_negative', sql`${t.priceMinor} >= 0`),
    currencyIsIso('plans', t.currency),
    check('plans_interval_known', sql`${t.interval} in ('month', 'year')`),
  ],
);

export const plansRelations = relations(plans, ({ many }) => ({
  subscriptions: many(subscriptions),
}));
