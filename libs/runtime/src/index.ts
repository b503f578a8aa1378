export { runStandalone, exitOnStartupError, StartupRefusedError, type StandaloneOptions } from './run-standalone';
export { startApi, type ApiDeps, type ApiConfig } from './start-api';
export { createContractApp } from './create-contract-app';
export { checkReadiness } from './check-readiness';
export { createRateLimits, type RateLimitConfig, type BuiltRateLimits } from './create-rate-limits';
