export { loadConfig, ConfigError } from './load-config';
export { port, pemPublicKey, postgresUrl, baseEnvShape, apiEnvShape, LOG_LEVELS } from './env-schemas';
