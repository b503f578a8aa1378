export { loadConfig, ConfigError } from './load-config';
export { port, pemPublicKey, postgresUrl, redisUrl, baseEnvShape, apiEnvShape, LOG_LEVELS } from './env-schemas';
