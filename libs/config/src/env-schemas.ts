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
