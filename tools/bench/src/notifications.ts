// Notification throughput bench: booking-changed jobs → fan-out → one email job per recipient →
// SendGrid SDK → a local SendGrid, end to end on PostgreSQL with 1 and 2 worker processes, beside
// the same emails sent straight through the SDK (no queue) in the same run.
// Run: DATABASE_URL=postgres://… npm run bench:notifications [-- --bookings 300]
import os from 'node:os';
import { parseArgs } from 'node:util';
import { withTransaction } from '@salon/db';
import { enqueue } from '@salon/jobs';
import { createSendGridNotifier } from '@salon/notifications';
import { startSendGridTestServer, type SendGridTestServer } from '@salon/notifications/testing';
import { spawnWorker } from '@salon/runtime/testing';
import { loadAverageLine, machineLine, runBench } from './owner-http/bench-flags';
import { createScratchDatabase, type ScratchDatabase } from './owner-http/scratch-database';
import { seedBookings } from './notifications/seed-bookings';

type Scenario = { workers: number; emailConcurrency: number };
const SCENARIOS: Scenario[] = [
  { workers: 1, emailConcurrency: 1 },
  { workers: 2, emailConcurrency: 1 },
  { workers: 1, emailConcurrency: 4 },
  { workers: 2, emailConcurrency: 4 },
];

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { bookings: { type: 'string', default: '300' } } });
  const count = Number(values.bookings);
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl || !(count > 0)) {
    console.error('bench notifications: DATABASE_URL is required (a PostgreSQL server), --bookings a positive number.');
    return 2;
  }
  console.log(machineLine('notifications'));
  const sendGrid = await startSendGridTestServer();
  const scratch = await createScratchDatabase(serverUrl);
  process.once('SIGINT', () => void scratch.drop().finally(() => process.exit(130)));
  try {
    const baseline = await directSends(sendGrid, count * 2);
    console.log(`Each run: ${count} booking changes → ${count} fan-out jobs + ${count * 2} email jobs (${count * 3} jobs), timed from the commit that enqueues them to the last email at the local SendGrid.`);
    console.log(`Baseline (same run): ${baseline.toFixed(0)} emails/s sent one at a time straight through the SDK, no queue.\n`);
    console.log('workers  emails in flight/worker  seconds  jobs/s  emails/s  vs baseline  duplicates');
    for (const scenario of SCENARIOS) {
      const r = await runScenario(scratch, sendGrid, count, scenario);
      const emailsPerSecond = (count * 2) / r.seconds;
      console.log(
        `${String(scenario.workers).padStart(7)}  ${String(scenario.emailConcurrency).padStart(23)}  ${r.seconds.toFixed(2).padStart(7)}  ${((count * 3) / r.seconds).toFixed(0).padStart(6)}  ${emailsPerSecond.toFixed(0).padStart(8)}  ${`${((100 * emailsPerSecond) / baseline).toFixed(0)} %`.padStart(11)}  ${String(r.duplicates).padStart(10)}`,
      );
    }
    console.log(`\n${loadAverageLine()} (${os.cpus().length} cores: the workers, PostgreSQL and the local SendGrid share them.)`);
    return 0;
  } finally {
    await sendGrid.close();
    await scratch.drop();
  }
}

/** The same emails, one at a time through the real SDK to the local server: the ceiling without a queue. */
async function directSends(sendGrid: SendGridTestServer, emails: number): Promise<number> {
  const notifier = createSendGridNotifier({ apiKey: 'SG.bench', baseUrl: sendGrid.url });
  const message = { to: 'a@bench.test', from: 'b@bench.test', subject: 's', text: 't', html: '<p>t</p>', attachments: [], categories: ['baseline'], customArgs: { kind: 'baseline' } };
  const started = performance.now();
  for (let i = 0; i < emails; i += 1) await notifier.send(message);
  const seconds = (performance.now() - started) / 1000;
  sendGrid.received.length = 0;
  return emails / seconds;
}

async function runScenario(scratch: ScratchDatabase, sendGrid: SendGridTestServer, count: number, scenario: Scenario) {
  const { db } = scratch.handle;
  const bookings = await seedBookings(db, count);
  const env = {
    DATABASE_URL: scratch.url, LOG_LEVEL: 'warn', SENDGRID_API_KEY: 'SG.bench', SENDGRID_BASE_URL: sendGrid.url,
    JOB_POLL_INTERVAL_SECONDS: '0.5', EMAIL_CONCURRENCY: String(scenario.emailConcurrency), REMINDER_LEAD_MINUTES: '1440',
  };
  const workers = await Promise.all(Array.from({ length: scenario.workers }, () => spawnWorker(env, { stderr: 'inherit' })));
  try {
    sendGrid.received.length = 0;
    const at = new Date().toISOString();
    const started = performance.now();
    await withTransaction({ db }, async (tx) => {
      for (const b of bookings) {
        const data = { bookingId: b.id, kind: 'booking_confirmed' as const, version: 1, staffId: b.staffId, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString(), at };
        await enqueue(tx, { name: 'booking-changed', data }, { dedupeKey: `${b.id}:1` });
      }
    });
    while (new Set(sendGrid.received.map((m) => m.customArgs['messageKey'])).size < count * 2) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const seconds = (performance.now() - started) / 1000;
    return { seconds, duplicates: sendGrid.received.length - count * 2 };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
}

runBench(main);
