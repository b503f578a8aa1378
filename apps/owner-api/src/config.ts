import { apiEnvShape, billingEnvShape, checkBillingEnv, loadConfig, port } from '@salon/config';
import { z } from 'zod';

export const OwnerApiConfigSchema = z.object({ ...apiEnvShape, ...billingEnvShape, OWNER_API_PORT: port(3001) }).superRefine(checkBillingEnv);
export type OwnerApiConfig = z.infer<typeof OwnerApiConfigSchema>;

/** Parsed once at start; throws a ConfigError naming every bad variable. */
export const loadOwnerApiConfig = (env: Record<string, string | undefined>): OwnerApiConfig =>
  loadConfig(OwnerApiConfigSchema, env);
