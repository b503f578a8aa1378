import { eq, sentMessages, type Database } from '@salon/db';
import { type SendBookingEmailPayload } from '@salon/jobs';
import { buildInvite, renderBookingEmail, type Notifier } from '@salon/notifications';
import { loadBookingNotice } from './load-booking-notice';

export type EmailDeps = { db: Database; notifier: Notifier; from: string };

/** The de-duplication key of one message: a reminder is one per start, every other kind one per version. */
export function messageKeyOf(job: SendBookingEmailPayload): string {
  const edition = job.kind === 'booking_reminder' ? `start-${Date.parse(job.startsAt)}` : `v${job.version}`;
  return `${job.bookingId}:${job.kind}:${edition}:${job.recipient}`;
}

/**
 * Sends one email to one recipient, at most once per key in normal operation: a key already in
 * sent_messages is skipped, and the row is written right after the provider's 202. Only a crash
 * between the two can send it twice. Provider errors propagate (AppError: retryable or not).
 */
export async function sendBookingEmail(deps: EmailDeps, job: SendBookingEmailPayload) {
  const key = messageKeyOf(job);
  const [sent] = await deps.db.select({ key: sentMessages.key }).from(sentMessages).where(eq(sentMessages.key, key));
  if (sent) return { skipped: 'already sent', key };
  const notice = await loadBookingNotice(deps.db, job.bookingId, job.staffId);
  if (!notice) return { skipped: 'booking not found', key };
  const to = job.recipient === 'customer' ? notice.customerEmail : notice.shopEmail;
  if (!to) return { skipped: `no ${job.recipient} email address`, key };
  const { shop } = notice;
  const address = [shop.addressLine, shop.city, shop.postalCode].filter(Boolean).join(', ') || null;
  const startsAt = new Date(job.startsAt);
  const email = renderBookingEmail({
    kind: job.kind,
    recipient: job.recipient,
    shop: { name: shop.name, address, timeZone: shop.timeZone },
    serviceName: notice.booking.serviceName,
    staffName: notice.staffName,
    customerName: notice.customerName,
    startsAt,
    ...(job.previousStartsAt && { previousStartsAt: new Date(job.previousStartsAt) }),
    ...(job.cancelledBy && { cancelledBy: job.cancelledBy }),
    customerTimeZone: notice.customerTimeZone,
  });
  const method = job.kind === 'booking_cancelled' ? 'CANCEL' : 'REQUEST';
  const invite = buildInvite({
    uid: `${job.bookingId}@salon`,
    sequence: job.version,
    method,
    start: startsAt,
    end: new Date(job.endsAt),
    stamp: new Date(job.at),
    summary: `${notice.booking.serviceName} at ${shop.name}`,
    location: [shop.name, address].filter(Boolean).join(', '),
    description: `${notice.booking.serviceName} with ${notice.staffName}`,
    organizer: { name: shop.name, email: deps.from },
  });
  const receipt = await deps.notifier.send({
    to,
    from: deps.from,
    ...email,
    attachments: [{ filename: 'invite.ics', contentType: `text/calendar; charset=utf-8; method=${method}`, content: invite }],
    categories: [job.kind],
    customArgs: { kind: job.kind, bookingId: job.bookingId, messageKey: key },
  });
  await deps.db
    .insert(sentMessages)
    .values({ key, bookingId: job.bookingId, kind: job.kind, version: job.version, recipient: job.recipient, toAddress: to, providerMessageId: receipt.providerMessageId })
    .onConflictDoNothing();
  return { sent: key };
}
