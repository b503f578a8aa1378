import { sql, type Database } from '@salon/db';
import { loadEndpoint, type LoadOptions, type LoadResult, type Scenario } from './load';
import { rowsOf } from './rows-of';

/**
 * Waits until no query of the bench database has been active for 5 polls in a row, 100 ms apart:
 * autocannon stops sending at the deadline, but the server still works off what it accepted.
 */
export async function waitUntilIdle(db: Database): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (let quiet = 0; quiet < 5 && Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [row] = rowsOf<{ busy: number }>(await db.execute(sql`
      select count(*)::int as busy from pg_stat_activity
      where datname = current_database() and state <> 'idle' and pid <> pg_backend_pid()`));
    quiet = row?.busy === 0 ? quiet + 1 : 0;
  }
}

/**
 * One request per scenario before the load (its first path, if it cycles paths), so a wrong body
 * or token fails loudly, not as 50 × N non-2xx. Returns the parsed body.
 */
export async function checkOnce(scenario: Scenario): Promise<unknown> {
  const url = scenario.paths ? new URL(scenario.paths[0]!, scenario.url).toString() : scenario.url;
  const response = await fetch(url, { method: scenario.method ?? 'GET', headers: scenario.headers, body: scenario.body });
  const text = await response.text();
  const expected = scenario.expectStatus ?? 200;
  if (response.status !== expected) throw new Error(`${scenario.name}: ${response.status} ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { slots?: unknown[]; items?: unknown[]; days?: { staff?: unknown[]; slots?: unknown[] }[] };
  const perDay = (day: { staff?: unknown[]; slots?: unknown[] }) => (day.staff ? `${day.staff.length} staff` : `${day.slots?.length ?? 0} slots`);
  const size = body.slots ? `${body.slots.length} slots` : body.items ? `${body.items.length} items`
    : body.days ? `${body.days.length} days x ${body.days[0] ? perDay(body.days[0]) : '0'}` : `${text.length} bytes`;
  console.log(`  ${scenario.name.padEnd(32)} ${expected}, ${size}, ${text.length.toLocaleString('en-US')} bytes`);
  return body;
}

/**
 * 1 when any scenario had a non-2xx, a connection error or timeout, or no completed request (it
 * measured nothing), after saying which; else 0.
 */
export function exitCodeOf(results: LoadResult[]): number {
  const failed = results.filter((result) => result.non2xx > 0 || result.errors > 0 || result.requests === 0);
  failed.forEach((r) => console.error(`FAILED: ${r.name}: ${r.non2xx} non-2xx, ${r.errors} connection errors/timeouts, ${r.requests} requests`));
  return failed.length > 0 ? 1 : 0;
}

/** Checks every scenario once, then loads them in turn, waiting for the server's queries to finish between them. */
export async function runScenarios(db: Database, scenarios: Scenario[], load: LoadOptions): Promise<LoadResult[]> {
  for (const scenario of scenarios) await checkOnce(scenario);
  const results: LoadResult[] = [];
  for (const scenario of scenarios) {
    results.push(await loadEndpoint(scenario, load));
    await waitUntilIdle(db); // requests still queued in the server must not run into the next scenario
  }
  return results;
}
