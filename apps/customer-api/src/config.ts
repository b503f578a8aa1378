import { apiEnvShape, billingEnvShape, checkBillingEnv, loadConfig, port } from '@salon/config';
import { z } from 'zod';

export const CustomerApiConfigSchema = z.object({ ...apiEnvShape, ...billingEnvShape, CUSTOMER_API_PORT: port(3002) }).superRefine(checkBillingEnv);
export type CustomerApiConfig = z.infer<typeof CustomerApiConfigSchema>;

/** Parsed once at start; throws a ConfigError naming every bad variable. */
export const loadCustomerApiConfig = (env: Record<string, string | undefined>): CustomerApiConfig =>
  loadConfig(CustomerApiConfigSchema, env);
