// Edge profile: forks the benches' serve.ts with --cpu-prof on an empty scratch database, loads one URL
// with autocannon (50 connections, 2 s warm-up), and prints where the server's CPU went, by package and
// by function (start-up included: module loading shows as cjs/esm loader, tsx and swagger-ui-dist).
// `which` is `baseline` (the select-1 route) or a customer-api path such as `/api/v1/shops`.
// Run: DATABASE_URL=… npx tsx tools/bench/src/probes/profile-edge.ts [seconds] [which]
//  or: npx tsx tools/bench/src/probes/profile-edge.ts --summarise <file.cpuprofile>
import { fork } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createTestSigner } from '@salon/auth/testing';
import { createScratchDatabase } from '../owner-http/scratch-database';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

function summarise(file: string): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const groups = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const [id, us] of self) {
    const frame = byId.get(id)!.callFrame;
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
    const group = frame.url === '' ? `(${frame.functionName || 'native'})` : match ? match[1]! : frame.url.startsWith('node:') ? frame.url : frame.url.includes('/libs/') || frame.url.includes('/apps/') || frame.url.includes('/tools/') ? 'ours' : frame.url;
    groups.set(group, (groups.get(group) ?? 0) + us);
    const fn = `${frame.functionName || '(anon)'} ${frame.url.replace('file://', '').replace(/.*node_modules\//, '').replace(`${process.cwd()}/`, '')}:${frame.lineNumber}`;
    fns.set(fn, (fns.get(fn) ?? 0) + us);
  }
  const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`profile ${file}: ${(total / 1e6).toFixed(1)} s sampled`);
  for (const [name, us] of top(groups, 25)) console.log(`  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`);
  console.log('top functions:');
  for (const [name, us] of top(fns, 40)) console.log(`  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`);
}

async function main(): Promise<void> {
  // `--summarise file.cpuprofile`: only print the summary of a profile taken otherwise (e.g. a bench
  // run with NODE_OPTIONS='--cpu-prof --cpu-prof-dir=…', which profiles its forked server too).
  if (process.argv[2] === '--summarise') return summarise(process.argv[3]!);
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
