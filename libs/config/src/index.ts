export { loadConfig, ConfigError, StartupRefusedError } from './load-config';
export { loadDotEnv } from './load-dot-env';
export { port, baseEnvShape, apiEnvShape, billingEnvShape, checkBillingEnv, databaseToolEnvSchema } from './env-schemas';
