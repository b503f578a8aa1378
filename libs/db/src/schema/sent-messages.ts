import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bookings } from './bookings';
import { timestamptz } from './columns';

/**
 * One row per email the provider accepted (202), written right after the send. Its key
 * (`<bookingId>:<kind>:<version>:<recipient>`) is what makes a retried or duplicated job skip a
 * message that already went out: the only duplicate left is a crash between the 202 and this row.
 */
export const sentMessages = pgTable(
  'sent_messages',
  {
    key: text('key').primaryKey(),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    /** booking_confirmed, booking_pending, booking_approved, booking_rescheduled, booking_cancelled, booking_reminder. */
    kind: text('kind').notNull(),
    /** The booking version the message announces (a reminder: its start instant in epoch ms). */
    version: integer('version').notNull(),
    /** `customer` or `shop`: the role, not the address, so a changed address is not a new message. */
    recipient: text('recipient').notNull(),
    /** Where it went, as sent. */
    toAddress: text('to_address').notNull(),
    /** The provider's id (SendGrid `x-message-id`), for tracing; null for the dev mail folder. */
    providerMessageId: text('provider_message_id'),
    sentAt: timestamptz('sent_at').notNull().defaultNow(),
  },
  (t) => [index('sent_messages_booking_id_idx').on(t.bookingId)],
);
