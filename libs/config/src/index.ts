export { loadConfig, ConfigError } from './load-config';
export { port, baseEnvShape, apiEnvShape } from './env-schemas';
