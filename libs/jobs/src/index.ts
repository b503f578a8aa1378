// @salon/jobs: the job catalogue (the only names and payloads that exist) and the pg-boss engine.
export {
  JOBS,
  DEAD_LETTER_QUEUE,
  BOOKING_CHANGE_KINDS,
  EMAIL_KINDS,
  BookingChangedPayloadSchema,
  SendBookingEmailPayloadSchema,
  SendBookingReminderPayloadSchema,
  PurgeExpiredRecordsPayloadSchema,
  ExpireSubscriptionsPayloadSchema,
  type BookingChangeKind,
  type EmailKind,
  type BookingChangedPayload,
  type SendBookingEmailPayload,
  type SendBookingReminderPayload,
  type QueuePolicy,
  type JobName,
  type JobPayload,
  type Job,
} from './catalogue';
export { enqueue, enqueueStatement, type EnqueueOptions } from './enqueue';
export { createJobQueue, type JobQueue, type JobQueueOptions, type JobHandler, type QueueStats } from './job-queue';
export { type JobLogger } from './run-batch';
export { jobIdFor } from './job-id';
