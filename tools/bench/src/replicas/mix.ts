import autocannon from 'autocannon';

/** One kind of request in the mix, with the requests it cycles through. */
export type MixKind = {
  name: string;
  /** Share of the requests, in whole percent; the kinds' weights add up to 100. */
  weight: number;
  requests: Array<{ method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }>;
  /** Next request to send; kept across runs (warm-up, then the measured run), so no booking body is sent twice. */
  cursor?: number;
};

export type KindTally = { name: string; sent: number; byStatus: Record<string, number> };
export type MixResult = { rps: number; p50Ms: number; p99Ms: number; requests: number; non2xx: number; status5xx: number; errors: number; timeouts: number; kinds: KindTally[] };

/** A fixed order of 100 picks with each kind `weight` times, interleaved evenly, so every window of the run has the same mix. */
function schedule(kinds: MixKind[]): number[] {
  const picks: Array<{ kind: number; at: number }> = [];
  kinds.forEach((kind, index) => {
    for (let n = 0; n < kind.weight; n++) picks.push({ kind: index, at: (n + 0.5) / kind.weight });
  });
  return picks.sort((a, b) => a.at - b.at || a.kind - b.kind).map((pick) => pick.kind);
}

/**
 * Loads `targets` (NGINX, or each replica when there is none: connections split between them)
 * with the weighted mix for `durationSeconds` at `connections`, counting statuses per kind.
 * Each kind cycles its own requests with a cursor shared by all connections and runs, so a
 * booking body (a distinct free slot) is never sent twice while the list lasts.
 */
export async function runMix(targets: string[], kinds: MixKind[], opts: { connections: number; durationSeconds: number; timeoutSeconds: number }): Promise<MixResult> {
  const order = schedule(kinds);
  const tallies: KindTally[] = kinds.map((kind) => ({ name: kind.name, sent: 0, byStatus: {} }));
  let step = 0;
  const setupRequest = (request: autocannon.Request, context: Record<string, unknown>) => {
    const kind = order[step++ % order.length]!;
    const entry = kinds[kind]!;
    const index = entry.cursor ?? 0;
    entry.cursor = index + 1;
    const template = entry.requests[index % entry.requests.length]!;
    tallies[kind]!.sent++;
    context['kind'] = kind;
    return { ...request, method: template.method, path: template.path, headers: { ...template.headers }, body: template.body };
  };
  const onResponse = (status: number, _body: string, context: Record<string, unknown>) => {
    const tally = tallies[context['kind'] as number]!;
    tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
  };
  const perTarget = targets.map((_, index) => Math.floor(opts.connections / targets.length) + (index < opts.connections % targets.length ? 1 : 0));
  const results = await Promise.all(targets.map((url, index) =>
    autocannon({
      url,
      connections: perTarget[index]!,
      duration: opts.durationSeconds,
      timeout: opts.timeoutSeconds,
      requests: [{ setupRequest: setupRequest as never, onResponse: onResponse as never }],
    })));
  const sum = (pick: (r: autocannon.Result) => number) => results.reduce((total, r) => total + pick(r), 0);
  return {
    rps: sum((r) => r.requests.average),
    // With several targets (no NGINX), the worst target's percentiles: a conservative p50/p99.
    p50Ms: Math.max(...results.map((r) => r.latency.p50)),
    p99Ms: Math.max(...results.map((r) => r.latency.p99)),
    requests: sum((r) => r.requests.total),
    non2xx: sum((r) => r.non2xx),
    status5xx: sum((r) => r['5xx']),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    kinds: tallies,
  };
}
