import autocannon from 'autocannon';

export type Scenario = {
  name: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Paths (with query) cycled through request by request on `url`'s origin, e.g. a different search word each time. */
  paths?: string[];
};

/** `timeoutSeconds`: a request that takes longer counts as an error, not as a slow sample. */
export type LoadOptions = { durationSeconds: number; warmupSeconds: number; connections: number; timeoutSeconds: number };

export type LoadResult = { name: string; rps: number; p50Ms: number; p99Ms: number; requests: number; non2xx: number; errors: number };

function cycle(paths: string[]) {
  let next = 0;
  return (request: autocannon.Request) => ({ ...request, path: paths[next++ % paths.length]! });
}

const run = (scenario: Scenario, options: LoadOptions, duration: number) =>
  autocannon({
    url: scenario.url,
    method: scenario.method ?? 'GET',
    headers: scenario.headers,
    body: scenario.body,
    requests: scenario.paths ? [{ setupRequest: cycle(scenario.paths) }] : undefined,
    connections: options.connections,
    duration,
    timeout: options.timeoutSeconds,
  });

/**
 * Loads one endpoint with autocannon: a warm-up at the same concurrency (JIT, pool, plan
 * caches), then the measured run. Connection errors and timeouts are reported beside non-2xx.
 */
export async function loadEndpoint(scenario: Scenario, options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSeconds > 0) await run(scenario, options, options.warmupSeconds);
  const result = await run(scenario, options, options.durationSeconds);
  return {
    name: scenario.name,
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
