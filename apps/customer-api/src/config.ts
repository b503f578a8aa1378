import { apiEnvShape, billingEnvShape, checkBillingEnv, loadConfig, port } from '@salon/config';
import { z } from 'zod';

export const CustomerApiConfigSchema = z
  .object({
  ...apiEnvShape,
  ...billingEnvShape,
  CUSTOMER_API_PORT: port(3002),
  /** Seconds a cached slot day or shop page lives; freshness is in the keys, so this only bounds memory. */
  CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  /** Entries the in-process LRU keeps when REDIS_URL is unset. */
  CACHE_MEMORY_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(5_000),
  /** Megabytes of finished slot answers each process keeps (in-process even with REDIS_URL; ~50 kB per 7-day listing). */
  CACHE_RESPONSE_MAX_MB: z.coerce.number().int().min(1).max(4_096).default(32),
})
  .superRefine(checkBillingEnv);
export type CustomerApiConfig = z.infer<typeof CustomerApiConfigSchema>;

/** Parsed once at start; throws a ConfigError naming every bad variable. */
export const loadCustomerApiConfig = (env: Record<string, string | undefined>): CustomerApiConfig =>
  loadConfig(CustomerApiConfigSchema, env);
