export { loadConfig, ConfigError, StartupRefusedError } from './load-config';
export { port, baseEnvShape, apiEnvShape, databaseToolEnvSchema } from './env-schemas';
