ALTER TABLE "payments" ADD COLUMN "billing_reason" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "period_start" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "period_end" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "pending_plan_id" text;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "past_due_since" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "stripe_customer_id" text;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_pending_plan_id_plans_id_fk" FOREIGN KEY ("pending_plan_id") REFERENCES "public"."plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_one_live_per_user" ON "subscriptions" USING btree ("user_id","audience") WHERE "subscriptions"."status" in ('trialing', 'active', 'past_due');--> statement-breakpoint
CREATE UNIQUE INDEX "users_stripe_customer_id_unique" ON "users" USING btree ("stripe_customer_id");--> statement-breakpoint
-- The plan catalogue (the seed document's table), in minor units. Stripe price ids are not data:
-- each process writes them from its config at start (STRIPE_PRICE_*), so one database serves
-- test-mode and live-mode keys alike. A null limit is unlimited.
INSERT INTO "plans" ("id", "audience", "name", "price_minor", "currency", "interval", "limits", "features") VALUES
  ('owner_free', 'owner', 'Free', 0, 'GBP', 'month', '{"maxShops": 1}', '{}'),
  ('owner_basic', 'owner', 'Basic', 1900, 'GBP', 'month', '{"maxShops": 3}', '{"analyticsDashboard": true, "prioritySupport": true}'),
  ('owner_premium', 'owner', 'Premium', 4900, 'GBP', 'month', '{"maxShops": null}', '{"analyticsDashboard": true, "prioritySupport": true, "calendarFeed": true}'),
  ('customer_free', 'customer', 'Free', 0, 'GBP', 'month', '{"maxBookingsPerMonth": 2}', '{}'),
  ('customer_basic', 'customer', 'Basic', 499, 'GBP', 'month', '{"maxBookingsPerMonth": 10}', '{"prioritySupport": true}'),
  ('customer_premium', 'customer', 'Premium', 999, 'GBP', 'month', '{"maxBookingsPerMonth": null}', '{"prioritySupport": true}')
ON CONFLICT ("id") DO NOTHING;
