import { apiEnvShape, billingEnvShape, checkBillingEnv, loadConfig, port } from '@salon/config';
import { z } from 'zod';

/** How old a cached search page may be, in seconds, unless SEARCH_CACHE_TTL_SECONDS says otherwise. */
export const DEFAULT_SEARCH_CACHE_TTL_SECONDS = 10;

export const CustomerApiConfigSchema = z
  .object({
  ...apiEnvShape,
  ...billingEnvShape,
  CUSTOMER_API_PORT: port(3002),
  /** Seconds a cached slot day or shop page lives; freshness is in the keys, so this only bounds memory. */
  CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  /**
   * Seconds a search page may be served from the cache (not exact: at most this old; docs/caching.md).
   * 0 turns the search page cache off: every search then runs its SQL (and availableOn its engine).
   */
  SEARCH_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(300).default(DEFAULT_SEARCH_CACHE_TTL_SECONDS),
  /** Entries the in-process LRU keeps when REDIS_URL is unset. */
  CACHE_MEMORY_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(5_000),
  /** Megabytes of finished answers each process keeps: slot listings (~50 kB per 7-day listing) and search pages (~10 kB); in-process even with REDIS_URL. */
  CACHE_RESPONSE_MAX_MB: z.coerce.number().int().min(1).max(4_096).default(32),
})
  .superRefine(checkBillingEnv);
export type CustomerApiConfig = z.infer<typeof CustomerApiConfigSchema>;

/** Parsed once at start; throws a ConfigError naming every bad variable. */
export const loadCustomerApiConfig = (env: Record<string, string | undefined>): CustomerApiConfig =>
  loadConfig(CustomerApiConfigSchema, env);
