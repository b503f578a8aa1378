export { liftPlanLimits } from './lift-plan-limits';
export { createBillingTestbed, TEST_PRICES, type BillingTestbed } from './billing-testbed';
