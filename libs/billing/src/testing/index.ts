export { liftPlanLimits } from './lift-plan-limits';
export { createBillingTestbed, type BillingTestbed } from './billing-testbed';
