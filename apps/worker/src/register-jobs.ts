import { billingSettingsFromEnv, createBillingContext } from '@salon/billing';
import { type Database } from '@salon/db';
import { type JobQueue } from '@salon/jobs';
import { type Notifier } from '@salon/notifications';
import { type WorkerConfig } from './config';
import { fanOutBookingChange } from './jobs/booking-changed';
import { runSubscriptionExpiry } from './jobs/expire-subscriptions';
import { purgeExpiredRecords } from './jobs/purge-expired-records';
import { sendBookingEmail } from './jobs/send-booking-email';
import { sendBookingReminder } from './jobs/send-booking-reminder';

/** Every catalogue job and its handler; a job without a line here is never worked. */
export async function registerJobs(deps: { queue: JobQueue; db: Database; notifier: Notifier; config: WorkerConfig; now: () => Date }) {
  const { queue, db, config, now } = deps;
  await queue.work('booking-changed', (change) => fanOutBookingChange(queue, change, { reminderLeadMinutes: config.REMINDER_LEAD_MINUTES }));
  // One email at a time per loop: a crash between the provider's 202 and the sent_messages row can
  // then repeat at most EMAIL_CONCURRENCY emails (the only duplicates the design allows).
  await queue.work('send-booking-email', (job) => sendBookingEmail({ db, notifier: deps.notifier, from: config.EMAIL_FROM }, job), {
    batchSize: 1,
    concurrency: config.EMAIL_CONCURRENCY,
  });
  await queue.work('send-booking-reminder', (job) => sendBookingReminder({ db, queue, now }, job));
  await queue.work('purge-expired-records', () => purgeExpiredRecords({ ctx: { db, now } }));
  // pg-boss runs a cron tick once across every worker process, never twice at once.
  await queue.schedule('purge-expired-records', config.HOUSEKEEPING_CRON);
  const billing = createBillingContext({ db, now, settings: billingSettingsFromEnv(config) });
  await queue.work('expire-subscriptions', () => runSubscriptionExpiry({ ctx: { billing, notifier: deps.notifier, from: config.EMAIL_FROM }, input: { now: now() } }));
  await queue.schedule('expire-subscriptions', config.BILLING_EXPIRY_CRON);
}
