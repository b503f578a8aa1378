import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { id, timestamptz } from './columns';

/** `sending` is claimed by a worker; `failed` will be retried; `dead` gave up after too many attempts. */
export type NotificationStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'dead';

/**
 * Transactional outbox: a use case inserts the message in the same transaction as the change it
 * announces, and the worker sends it later, so a rolled-back booking never emails anyone.
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    ...id,
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<NotificationStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamptz('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    sentAt: timestamptz('sent_at'),
  },
  (t) => [
    // The worker's poll: `where status in ('pending','failed') and next_attempt_at <= now()`.
    index('notification_outbox_status_next_attempt_at_idx').on(t.status, t.nextAttemptAt),
    check('notification_outbox_status_known', sql`${t.status} in ('pending', 'sending', 'sent', 'failed', 'dead')`),
    check('notification_outbox_attempts_non_negative', sql`${t.attempts} >= 0`),
  ],
);
