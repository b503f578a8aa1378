import { type LoadResult } from './load';
import { type PlanReport } from './explain';

export const percent = (value: number, base: number): string => `${Math.round((100 * value) / base)}%`;

/** The results table: req/s, latency, failures and the share of each baseline's req/s (one column per baseline, by label). */
export function printTable(results: LoadResult[], baselines: Record<string, LoadResult>): void {
  const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'errors', ...Object.keys(baselines).map((label) => `vs ${label}`)];
  const rows = results.map((r) => [
    r.name, r.rps.toFixed(0), String(r.p50Ms), String(r.p99Ms), String(r.requests), String(r.non2xx), String(r.errors),
    ...Object.values(baselines).map((baseline) => percent(r.rps, baseline.rps)),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  rows.forEach((row) => console.log(line(row)));
}

/** Which indexes the loader's queries use, and the plan lines that matter. */
export function printPlans(reports: PlanReport[]): void {
  for (const report of reports) {
    const verdict = report.seqScans.length > 0 ? `SEQ SCAN (${report.seqScans.join('; ')})` : `index ${report.indexes.join(', ') || '(none)'}`;
    console.log(`EXPLAIN ${report.name}: ${verdict}`);
    report.plan.forEach((row) => console.log(`  ${row.length > 160 ? `${row.slice(0, 157)}...` : row}`));
  }
}

/** The one line a script greps. */
export function headline(preview: LoadResult, calendar: LoadResult, baseline: LoadResult): string {
  const part = (label: string, r: LoadResult) => `${label} ${r.rps.toFixed(0)} req/s p99 ${r.p99Ms} ms (${percent(r.rps, baseline.rps)} of baseline)`;
  return `bench owner-http: ${part('preview', preview)}; ${part('calendar', calendar)}`;
}
