import { sql, type Database } from '@salon/db';
import { type Scenario } from './load';
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
  if (response.status !== 200) throw new Error(`${scenario.name}: ${response.status} ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { slots?: unknown[]; items?: unknown[]; days?: { staff?: unknown[]; slots?: unknown[] }[] };
  const perDay = (day: { staff?: unknown[]; slots?: unknown[] }) => (day.staff ? `${day.staff.length} staff` : `${day.slots?.length ?? 0} slots`);
  const size = body.slots ? `${body.slots.length} slots` : body.items ? `${body.items.length} items`
    : body.days ? `${body.days.length} days x ${body.days[0] ? perDay(body.days[0]) : '0'}` : `${text.length} bytes`;
  console.log(`  ${scenario.name.padEnd(32)} 200, ${size}, ${text.length.toLocaleString('en-US')} bytes`);
  return body;
}
