import os from 'node:os';
import { parseArgs } from 'node:util';
import { type LoadOptions } from './load';

type Options = Record<string, { type: 'string'; default: string }>;

/**
 * The flags every HTTP bench takes (--duration, --warmup, --connections, --timeout, --log-level)
 * plus `extra`, and DATABASE_URL. Returns null after printing why, when a value is unusable.
 */
export function parseBenchFlags<T extends Options>(bench: string, extra: T) {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '50' },
      timeout: { type: 'string', default: '30' },
      'log-level': { type: 'string', default: 'warn' },
      ...extra,
    },
  });
  const flags = values as unknown as Record<'duration' | 'warmup' | 'connections' | 'timeout' | 'log-level' | keyof T, string>;
  const load: LoadOptions = { durationSeconds: Number(flags.duration), warmupSeconds: Number(flags.warmup), connections: Number(flags.connections), timeoutSeconds: Number(flags.timeout) };
  if (!Object.values(load).every((value) => Number.isFinite(value) && value >= 0) || load.connections < 1 || load.durationSeconds < 1) {
    console.error(`bench ${bench}: --duration, --warmup, --connections and --timeout take numbers (duration and connections at least 1).`);
    return null;
  }
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    console.error(`bench ${bench}: DATABASE_URL is required (a PostgreSQL server; the bench creates and drops its own database).`);
    return null;
  }
  return { flags, load, serverUrl };
}

/** The 1-minute load average, as printed beside the figures. */
export const loadAverage = () => os.loadavg()[0]!.toFixed(1);

/** The machine line each bench starts with. */
export const machineLine = (bench: string) =>
  `${bench} bench on ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}, load average ${loadAverage()}`;

/** The closing load-average sentence. */
export const loadAverageLine = () => {
  const busy = os.loadavg()[0]! > os.cpus().length ? ': above the core count, so other work skews absolute figures; ratios hold better' : '';
  return `Load average at the end: ${loadAverage()}${busy}.`;
};

/** Runs a bench's main and exits with its code (1 on a throw). */
export function runBench(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
