import { z } from 'zod';

/** A TCP port with a default; environment values arrive as strings. */
export const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A PEM public key. Env files often carry it on one line with literal "\n"s. */
export const pemPublicKey = z
  .string({
    required_error:
      'Required: the PEM public key of your Clerk instance (locally: the DEV-ONLY tools/dev-tokens/dev-keys/dev-public.pem, see .env.example)',
  })
  .transform((value) => value.replace(/\\n/g, '\n').trim())
  .refine((value) => /^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----$/.test(value), {
    message: 'must be a PEM public key (-----BEGIN PUBLIC KEY----- …)',
  });

export const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), { message: 'must be a postgres:// URL' });

/** A Redis URL; rediss:// connects over TLS. */
export const redisUrl = z
  .string()
  .url()
  .refine((value) => /^rediss?:\/\//.test(value), { message: 'must be a redis:// or rediss:// URL' });

/** A browser origin: scheme, host and port only, as a browser sends it in `Origin`. */
const origin = z.string().refine((value) => {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}, 'each origin must be scheme://host[:port], without a path or trailing slash (e.g. https://portal.example.com)');

/** Comma-separated origins; the default is the local owner portal (the dev tokens' `azp`). */
const originList = z
  .string()
  .default('http://localhost:3000')
  .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
  .pipe(z.array(origin));

/** Requests per minute; 0 is refused because it would lock every caller out. */
const perMinute = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);

/** Variables every process reads. */
export const baseEnvShape = {
  DATABASE_URL: postgresUrl.optional(),
  /** `transaction` behind pgBouncer in transaction mode: no named prepared statements. */
  DATABASE_POOL_MODE: z.enum(['session', 'transaction']).default('session'),
  /** postgres.js connections per process (with pgBouncer: client connections to it). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1_000).default(10),
  PGLITE_DATA_DIR: z.string().default('.data/pglite'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
};

/** What `npm run migrate` and `npm run seed` read: PostgreSQL, or else the embedded data directory. */
export const databaseToolEnvSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  PGLITE_DATA_DIR: z.string().optional(),
});

/** Variables both APIs read. */
export const apiEnvShape = {
  ...baseEnvShape,
  CLERK_JWT_KEY: pemPublicKey,
  CLERK_ISSUER: z.string().url().optional(),
  CLERK_AUTHORIZED_PARTIES: z
    .string()
    .transform((value) => value.split(',').map((party) => party.trim()).filter(Boolean))
    .optional(),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Unset: each process keeps its own rate-limit counters (fine for one instance). */
  REDIS_URL: redisUrl.optional(),
  /** Each caller's budget per API: a signed-in user, or an anonymous client address. */
  RATE_LIMIT_PER_MINUTE: perMinute(300),
  /** Every request from one client address per API, before auth: several users may share it (NAT). */
  RATE_LIMIT_PER_IP_PER_MINUTE: perMinute(1_200),
  /** Browser origins allowed to call the APIs (the owner portal, web booking pages). */
  CORS_ORIGINS: originList,
};

/**
 * Billing variables both APIs read. With STRIPE_SECRET_KEY unset, paid plans answer 503 and only
 * Free works (`npm start` then runs the local dev checkout instead, see docs/billing.md).
 * STRIPE_API_BASE exists only so tests and the dev checkout can point the real SDK at a local server.
 */
export const billingEnvShape = {
  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_\S+$/, 'must be a Stripe secret key (sk_test_… or sk_live_…)').optional(),
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_\S+$/, 'must be a webhook signing secret (whsec_…)').optional(),
  STRIPE_API_BASE: z.string().url().optional(),
  STRIPE_PRICE_OWNER_BASIC: z.string().regex(/^price_\S+$/, 'must be a Stripe price id (price_…)').optional(),
  STRIPE_PRICE_OWNER_PREMIUM: z.string().regex(/^price_\S+$/, 'must be a Stripe price id (price_…)').optional(),
  STRIPE_PRICE_CUSTOMER_BASIC: z.string().regex(/^price_\S+$/, 'must be a Stripe price id (price_…)').optional(),
  STRIPE_PRICE_CUSTOMER_PREMIUM: z.string().regex(/^price_\S+$/, 'must be a Stripe price id (price_…)').optional(),
  /** Days a past-due subscription keeps its plan before dropping to Free. */
  BILLING_GRACE_DAYS: z.coerce.number().int().min(0).max(60).default(7),
  /** Where Stripe Checkout sends the browser back to (`?checkout=success|cancelled` appended). */
  BILLING_RETURN_URL: z.string().url().default('http://localhost:3000/billing'),
};

type BillingEnv = { STRIPE_SECRET_KEY?: string; STRIPE_WEBHOOK_SECRET?: string; STRIPE_API_BASE?: string; NODE_ENV: string };

/** The cross-variable rules of billingEnvShape; use with `.superRefine(checkBillingEnv)`. */
export function checkBillingEnv(env: BillingEnv, ctx: z.RefinementCtx): void {
  if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['STRIPE_WEBHOOK_SECRET'], message: 'Required when STRIPE_SECRET_KEY is set: webhooks must be verified.' });
  }
  if (env.STRIPE_API_BASE && env.NODE_ENV === 'production') {
    ctx.addIssue({ code: 'custom', path: ['STRIPE_API_BASE'], message: 'Test and dev only: refused when NODE_ENV=production.' });
  }
}
