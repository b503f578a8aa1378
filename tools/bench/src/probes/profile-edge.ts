// Edge profile: forks the benches' serve.ts with --cpu-prof on an empty scratch database, loads one URL
// with autocannon (50 connections, 2 s warm-up), and prints where the server's CPU went, by package and
// by function (start-up included: module loading shows as cjs/esm loader, tsx and swagger-ui-dist).
// `which` is `baseline` (the select-1 route) or a customer-api path such as `/api/v1/shops`.
// Run: DATABASE_URL=… npx tsx tools/bench/src/probes/profile-edge.ts [seconds] [which]
//  or: npx tsx tools/bench/src/probes/profile-edge.ts --summarise <file.cpuprofile> [--last <seconds>]
//      (--last keeps the profile's last seconds only: the steady state, without start-up)
import { fork } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createTestSigner } from '@salon/auth/testing';
import { createScratchDatabase } from '../owner-http/scratch-database';
import { summarise } from './summarise-profile';

async function main(): Promise<void> {
  // `--summarise file.cpuprofile`: only print the summary of a profile taken otherwise (e.g. a bench
  // run with NODE_OPTIONS='--cpu-prof --cpu-prof-dir=…', which profiles its forked server too).
  if (process.argv[2] === '--summarise') return summarise(process.argv[3]!, { lastSeconds: process.argv[4] === '--last' ? Number(process.argv[5]) : undefined });
  const seconds = Number(process.argv[2] ?? 10);
  const which = process.argv[3] ?? 'baseline';
  const scratch = await createScratchDatabase(process.env['DATABASE_URL']!);
  const dir = path.join(tmpdir(), `salon-edge-profile-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  try {
    const signer = createTestSigner();
    const child = fork(path.join(__dirname, '../owner-http/serve.ts'), [], {
      execArgv: [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${dir}`],
      env: { ...process.env, BENCH_DATABASE_URL: scratch.url, BENCH_JWT_KEY: signer.publicKeyPem, BENCH_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ports = await new Promise<{ baselinePort: number; customerPort: number }>((resolve) => child.once('message', resolve as never));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const url = which === 'baseline'
      ? `http://127.0.0.1:${ports.baselinePort}/api/v1/bench/shops/00000000-0000-4000-8000-000000000000`
      : `http://127.0.0.1:${ports.customerPort}${which}`;
    await autocannon({ url, connections: 50, duration: 2 });
    const result = await autocannon({ url, connections: 50, duration: seconds });
    console.log(`${which}: ${result.requests.average} req/s p50 ${result.latency.p50} p99 ${result.latency.p99} non2xx ${result.non2xx}`);
    child.disconnect();
    await exited;
    const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (file) summarise(path.join(dir, file));
  } finally {
    await scratch.drop();
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
