export { runStandalone, exitOnStartupError, type StandaloneOptions } from './run-standalone';
// Defined beside ConfigError, so libs below the runtime (the data directory lock) can throw it too.
export { StartupRefusedError } from '@salon/config';
export { startApi, type ApiDeps, type ApiConfig } from './start-api';
export { createContractApp } from './create-contract-app';
export { checkReadiness } from './check-readiness';
export { createRateLimits, type RateLimitConfig, type BuiltRateLimits } from './create-rate-limits';
