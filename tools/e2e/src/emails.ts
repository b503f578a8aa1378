import { type ReceivedEmail } from '@salon/notifications/testing';
import ical from 'node-ical';

/** The invite attached to an email, parsed back by a calendar parser (node-ical). */
export function inviteOf(email: ReceivedEmail) {
  const file = email.attachments.find((a) => a.filename.endsWith('.ics'));
  if (!file) throw new Error(`no .ics on "${email.subject}"`);
  const parsed = ical.sync.parseICS(file.content);
  const event = Object.values(parsed).find((entry) => entry?.type === 'VEVENT') as ical.VEvent;
  const method = /^METHOD:(\w+)/m.exec(file.content)?.[1];
  return { uid: event.uid, sequence: Number(event.sequence), start: new Date(event.start).toISOString(), method };
}

/** The emails about one booking (SendGrid custom_args carry its id). */
export const emailsAbout = (received: ReceivedEmail[], bookingId: string) => received.filter((m) => m.customArgs['bookingId'] === bookingId);
