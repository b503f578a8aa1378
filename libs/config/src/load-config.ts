import { type z } from 'zod';

/** Thrown when the environment does not parse; its message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** A start the operator has to fix, such as a data directory in use: printed without a stack trace. */
export class StartupRefusedError extends Error {
  override name = 'StartupRefusedError';
}

type Env = Record<string, string | undefined>;

/**
 * Parses the environment once, at start. Empty strings count as unset, because
 * `FOO=` in a compose or .env file means "not configured", not "configured as empty".
 *
 * @example
 * const config = loadConfig(z.object({ PORT: port(3001) }), process.env);
 */
export function loadConfig<S extends z.ZodTypeAny>(schema: S, env: Env): z.infer<S> {
  const cleaned: Env = {};
  for (const [key, value] of Object.entries(env)) {
    cleaned[key] = value === '' ? undefined : value;
  }
  const parsed = schema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  );
}
