// `npm test`: lint (with module boundaries), typecheck, the whole Jest suite, then the
// scheduling suite again under more TZ values (its results must not depend on the process
// zone). Ends with one line `tests: N passed, N failed`, which CI reads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const results = path.resolve('.test-results');
fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });

const EXTRA_TZ = ['Australia/Lord_Howe', 'America/Santiago'];
const jestEnv = { ...process.env, NODE_OPTIONS: '--experimental-vm-modules --no-warnings' };
const workers = process.env.JEST_WORKERS ?? '2';
const tally = { passed: 0, failed: 0 };
const failedSteps = [];

function step(name, command, args, env = process.env) {
  process.stdout.write(`\n== ${name}\n`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  if (status !== 0) failedSteps.push(name);
  return status === 0;
}

function jest(name, outputFile, args, env) {
  const file = path.join(results, outputFile);
  step(name, 'npx', ['jest', `--maxWorkers=${workers}`, '--json', `--outputFile=${file}`, ...args], env);
  try {
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    tally.passed += report.numPassedTests;
    tally.failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  } catch {
    tally.failed += 1; // no report: the run itself broke
  }
}

step('lint', 'npm', ['run', '-s', 'lint']);
step('typecheck', 'npm', ['run', '-s', 'typecheck']);
step('openapi documents up to date', 'npm', ['run', '-s', 'openapi', '--', '--check']);
jest('jest (all projects, TZ=UTC)', 'all.json', [], { ...jestEnv, TZ: 'UTC' });
for (const tz of EXTRA_TZ) {
  jest(`jest scheduling (TZ=${tz})`, `scheduling-${tz.replace('/', '_')}.json`, ['--selectProjects', 'scheduling'], { ...jestEnv, TZ: tz });
}

if (failedSteps.length) process.stdout.write(`\nfailed steps: ${failedSteps.join(', ')}\n`);
const failed = tally.failed + (failedSteps.length && tally.failed === 0 ? failedSteps.length : 0);
process.stdout.write(`tests: ${tally.passed} passed, ${failed} failed\n`);
process.exit(failedSteps.length || tally.failed ? 1 : 0);
