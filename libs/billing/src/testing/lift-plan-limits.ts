import { plans, sql, type Database } from '@salon/db';

/**
 * For test files about something else (shops, bookings, the dashboard): every plan in this test
 * database becomes unlimited with every feature on, so their fixtures need not buy plans. Billing
 * tests never call it: they run on the real catalogue from migration 0009.
 */
export async function liftPlanLimits(db: Database): Promise<void> {
  await db.update(plans).set({
    limits: {},
    features: sql`'{"analyticsDashboard": true, "calendarFeed": true, "prioritySupport": true}'::jsonb`,
  });
}
