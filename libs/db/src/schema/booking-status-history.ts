import { relations } from 'drizzle-orm';
import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bookings } from './bookings';
import { id, timestamptz } from './columns';
import { bookingStatus } from './enums';
import { users } from './users';

/** Append-only audit of status changes: who moved a booking from what to what, and why. */
export const bookingStatusHistory = pgTable(
  'booking_status_history',
  {
    ...id,
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    /** Null for the row that records creation. */
    fromStatus: bookingStatus('from_status'),
    toStatus: bookingStatus('to_status').notNull(),
    /** Null when the system changed it (a job marking no-shows) or the user was removed. */
    changedByUserId: uuid('changed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('booking_status_history_booking_id_idx').on(t.bookingId, t.createdAt)],
);

export const bookingStatusHistoryRelations = relations(bookingStatusHistory, ({ one }) => ({
  booking: one(bookings, { fields: [bookingStatusHistory.bookingId], references: [bookings.id] }),
  changedBy: one(users, { fields: [bookingStatusHistory.changedByUserId], references: [users.id] }),
}));
