import { type CacheLogger } from '../cache';

/**
 * Logs a failing backend at most once per `intervalMs`: the first failure at once, then one line
 * per interval saying how many were not logged. A dead Redis under load would otherwise write a
 * line per request.
 */
export function createThrottledWarning(logger: CacheLogger, message: string, intervalMs = 60_000, now = () => Date.now()) {
  let lastAt = -Infinity;
  let suppressed = 0;
  return (error: unknown) => {
    const at = now();
    if (at - lastAt < intervalMs) {
      suppressed += 1;
      return;
    }
    logger.warn({ err: error, suppressed }, message);
    lastAt = at;
    suppressed = 0;
  };
}
