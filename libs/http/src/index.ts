export { createApiApp, type ApiAppOptions } from './create-api-app';
export { actorOf, type Authenticator } from './authenticate';
export { healthRoutes, type Readiness } from './health';
export { createLogger, withSafeErrors, type Logger } from './logging';
export { serializeError } from './serialize-error';
export { findNulBytes } from './refuse-nul-bytes';
export { listen, onShutdownSignal, type RunningServer } from './listen';
export { answerClientErrors } from './client-error';
export { requestId } from './request-id';
export { requireHost } from './require-host';
export { sendError } from './send-error';
export { rawBodyOf } from './json-body';
export {
  createMemoryRateLimiter,
  type RateLimiter,
  type RateLimitDecision,
  type RateLimits,
  type RateLimitBudget,
} from './rate-limiter';
export { connectRedis, createRedisRateLimiter, type RedisConnection } from './redis-rate-limiter';
