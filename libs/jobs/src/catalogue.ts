import { z } from 'zod';

const uuid = z.string().uuid();
const instant = z.string().datetime({ offset: true });

/** What happened to a booking; each kind is one email template. */
export const BOOKING_CHANGE_KINDS = ['booking_confirmed', 'booking_pending', 'booking_approved', 'booking_rescheduled', 'booking_cancelled'] as const;
export type BookingChangeKind = (typeof BOOKING_CHANGE_KINDS)[number];

/** Every email kind: the booking changes plus the reminder (customer only). */
export const EMAIL_KINDS = [...BOOKING_CHANGE_KINDS, 'booking_reminder'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

/**
 * A booking change, enqueued in the same transaction as the change itself (libs/booking). The
 * snapshot fields say what the change was at `version`, so an email sent later still names the
 * time it announces even if the booking moved again since.
 */
export const BookingChangedPayloadSchema = z.object({
  bookingId: uuid,
  kind: z.enum(BOOKING_CHANGE_KINDS),
  /** bookings.version after the change: the invite's SEQUENCE. */
  version: z.number().int().positive(),
  /** The stylist at this version (a move may change them). */
  staffId: uuid,
  /** UTC start and end at this version. */
  startsAt: instant,
  endsAt: instant,
  /** A reschedule's old start (UTC). */
  previousStartsAt: instant.optional(),
  /** Who cancelled. */
  cancelledBy: z.enum(['customer', 'shop']).optional(),
  /** When the change was committed (UTC): decides whether a reminder is still ahead. */
  at: instant,
});
export type BookingChangedPayload = z.infer<typeof BookingChangedPayloadSchema>;

/** One email to one recipient: the unit of delivery, retry and de-duplication. */
export const SendBookingEmailPayloadSchema = BookingChangedPayloadSchema.extend({
  kind: z.enum(EMAIL_KINDS),
  recipient: z.enum(['customer', 'shop']),
});
export type SendBookingEmailPayload = z.infer<typeof SendBookingEmailPayloadSchema>;

/** Fires at start − REMINDER_LEAD_MINUTES; sends only if the booking is still active and still starts at `startsAt`. */
export const SendBookingReminderPayloadSchema = z.object({ bookingId: uuid, startsAt: instant });
export type SendBookingReminderPayload = z.infer<typeof SendBookingReminderPayloadSchema>;

/** Cron housekeeping: no payload. */
export const PurgeExpiredRecordsPayloadSchema = z.object({}).strict();

/** Cron: subscriptions past their end or past due beyond the grace days drop to Free (libs/billing). */
export const ExpireSubscriptionsPayloadSchema = z.object({}).strict();

/** How a queue retries: attempts after the first, delay in seconds (doubled per attempt), run time limit in seconds. */
export type QueuePolicy = { retryLimit: number; retryDelaySeconds: number; expireInSeconds: number };

// Backoff doubles from 2 s with jitter: 14 retries cover a provider outage of several hours.
const EMAIL_POLICY: QueuePolicy = { retryLimit: 14, retryDelaySeconds: 2, expireInSeconds: 120 };

/**
 * The job catalogue: the only names and payloads that can be enqueued or worked. To add a job:
 * an entry here, its queue in a new migration (`SELECT pgboss.create_queue('<name>', '{"policy":"standard"}')`),
 * and a handler in apps/worker/src/jobs. libs/jobs/README.md walks through it.
 */
export const JOBS = {
  'booking-changed': { payload: BookingChangedPayloadSchema, policy: EMAIL_POLICY },
  'send-booking-email': { payload: SendBookingEmailPayloadSchema, policy: EMAIL_POLICY },
  'send-booking-reminder': { payload: SendBookingReminderPayloadSchema, policy: EMAIL_POLICY },
  'purge-expired-records': { payload: PurgeExpiredRecordsPayloadSchema, policy: { retryLimit: 2, retryDelaySeconds: 30, expireInSeconds: 900 } },
  'expire-subscriptions': { payload: ExpireSubscriptionsPayloadSchema, policy: { retryLimit: 2, retryDelaySeconds: 30, expireInSeconds: 900 } },
} as const satisfies Record<string, { payload: z.ZodTypeAny; policy: QueuePolicy }>;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]['payload']>;
/** A job as enqueued: a catalogue name with its payload, checked at compile time and parsed at run time. */
export type Job = { [N in JobName]: { name: N; data: JobPayload<N> } }[JobName];

/** Where every job that cannot succeed ends up (a bad payload, a 4xx from a provider, retries exhausted). */
export const DEAD_LETTER_QUEUE = 'dead-letters';
