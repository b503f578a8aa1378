import autocannon from 'autocannon';

export type Scenario = {
  name: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Paths (with query) cycled through request by request on `url`'s origin, e.g. a different search word each time. */
  paths?: string[];
  /** Bodies sent one per request, in order, across warm-up and run (e.g. a distinct slot per booking); `body` is the checked request's. */
  bodies?: string[];
  /** The status the checked request must get (default 200); the load counts any 2xx as a success. */
  expectStatus?: number;
};

/** `timeoutSeconds`: a request that takes longer counts as an error, not as a slow sample. */
export type LoadOptions = { durationSeconds: number; warmupSeconds: number; connections: number; timeoutSeconds: number };

export type LoadResult = { name: string; rps: number; p50Ms: number; p99Ms: number; requests: number; non2xx: number; status5xx: number; errors: number };

type SetupRequest = (request: autocannon.Request) => autocannon.Request;

/** One counter per scenario, shared by its warm-up and measured run, so a body is never sent twice. */
function cycle(scenario: Scenario): SetupRequest | undefined {
  const { paths, bodies } = scenario;
  if (!paths && !bodies) return undefined;
  let next = 0;
  return (request) => {
    const index = next++;
    return { ...request, ...(paths && { path: paths[index % paths.length]! }), ...(bodies && { body: bodies[index % bodies.length]! }) };
  };
}

const run = (scenario: Scenario, options: LoadOptions, duration: number, setupRequest: SetupRequest | undefined) =>
  autocannon({
    url: scenario.url,
    method: scenario.method ?? 'GET',
    headers: scenario.headers,
    body: scenario.body,
    requests: setupRequest ? [{ setupRequest }] : undefined,
    connections: options.connections,
    duration,
    timeout: options.timeoutSeconds,
  });

/**
 * Loads one endpoint with autocannon: a warm-up at the same concurrency (JIT, pool, plan
 * caches), then the measured run. Connection errors and timeouts are reported beside non-2xx.
 */
export async function loadEndpoint(scenario: Scenario, options: LoadOptions): Promise<LoadResult> {
  const setupRequest = cycle(scenario);
  if (options.warmupSeconds > 0) await run(scenario, options, options.warmupSeconds, setupRequest);
  const result = await run(scenario, options, options.durationSeconds, setupRequest);
  return {
    name: scenario.name,
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    status5xx: result['5xx'],
    errors: result.errors,
  };
}
