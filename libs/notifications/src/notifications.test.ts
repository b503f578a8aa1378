import { isAppError } from '@salon/errors';
import ical from 'node-ical';
import { buildInvite } from './invite';
import { type EmailMessage } from './notifier';
import { createSendGridNotifier } from './sendgrid-notifier';
import { renderBookingEmail } from './templates/booking-email';
import { startSendGridTestServer, type SendGridTestServer } from './testing';

const base = {
  recipient: 'customer' as const,
  shop: { name: 'Nina <Hair>', address: '12 Greek Street, London', timeZone: 'Europe/London' },
  serviceName: 'Cut & Finish',
  staffName: 'Ana',
  customerName: 'Sam',
  startsAt: new Date('2026-07-01T09:00:00Z'),
};

describe('booking emails', () => {
  it('name the shop, address, service, stylist and the time in the shop zone with its abbreviation', () => {
    const email = renderBookingEmail({ ...base, kind: 'booking_confirmed' });
    expect(email.text).toContain('Wednesday 1 July 2026, 10:00 BST');
    expect(email.text).toContain('12 Greek Street, London');
    expect(email.text).toContain('Ana');
    expect(email.html).toContain('Nina &lt;Hair&gt;'); // escaped
    expect(email.html).not.toContain('<Hair>');
  });

  it("add the customer's own zone when it differs, and say who cancelled and what moved", () => {
    expect(renderBookingEmail({ ...base, kind: 'booking_confirmed', customerTimeZone: 'America/New_York' }).text).toContain('Wednesday 1 July 2026, 05:00 EDT');
    expect(renderBookingEmail({ ...base, kind: 'booking_cancelled', cancelledBy: 'shop' }).text).toContain('cancelled by Nina <Hair>');
    expect(renderBookingEmail({ ...base, recipient: 'shop', kind: 'booking_cancelled', cancelledBy: 'customer' }).text).toContain('cancelled by Sam');
    const moved = renderBookingEmail({ ...base, kind: 'booking_rescheduled', previousStartsAt: new Date('2026-06-30T09:00:00Z') });
    expect(moved.text).toContain('from Tuesday 30 June 2026, 10:00 BST to Wednesday 1 July 2026, 10:00 BST');
  });
});

describe('calendar invites', () => {
  it('parse back to the UTC start, UID, SEQUENCE and METHOD', () => {
    const text = buildInvite({
      uid: 'b1@salon', sequence: 3, method: 'CANCEL', start: base.startsAt, end: new Date('2026-07-01T09:45:00Z'),
      stamp: new Date('2026-06-01T00:00:00Z'), summary: 'Cut', location: 'London', description: 'x', organizer: { name: 'Nina', email: 'n@example.com' },
    });
    const event = Object.values(ical.sync.parseICS(text)).find((entry) => entry?.type === 'VEVENT') as ical.VEvent;
    expect(event.uid).toBe('b1@salon');
    expect(Number(event.sequence)).toBe(3);
    expect(event.start.toISOString()).toBe('2026-07-01T09:00:00.000Z');
    expect(text).toMatch(/^METHOD:CANCEL\r?$/m);
    expect(text).toMatch(/^DTSTART:20260701T090000Z\r?$/m);
  });
});

describe('the SendGrid notifier against the local test server', () => {
  let server: SendGridTestServer;
  beforeAll(async () => {
    server = await startSendGridTestServer();
  });
  afterAll(() => server.close());
  const message: EmailMessage = {
    to: 'sam@example.com', from: 'salon@example.com', subject: 's', text: 't', html: '<p>t</p>',
    attachments: [{ filename: 'invite.ics', contentType: 'text/calendar; method=REQUEST', content: 'BEGIN:VCALENDAR' }],
    categories: ['booking_confirmed'], customArgs: { bookingId: 'b1', kind: 'booking_confirmed' },
  };
  const notifier = () => createSendGridNotifier({ apiKey: 'SG.test', baseUrl: server.url, timeoutMs: 5_000 });

  it('sends through the real SDK with categories, custom args and the attachment', async () => {
    const receipt = await notifier().send(message);
    const [got] = server.received;
    expect(receipt.providerMessageId).toBe(got!.messageId);
    expect(got).toMatchObject({ to: 'sam@example.com', categories: ['booking_confirmed'], customArgs: { bookingId: 'b1' } });
    expect(got!.attachments[0]!.content).toBe('BEGIN:VCALENDAR');
  });

  it.each([
    [503, true],
    [429, true],
    [400, false],
  ])('classifies a %i as retryable=%s', async (status, isRetryable) => {
    server.refuse(() => status);
    const error: unknown = await notifier().send(message).catch((e: unknown) => e);
    server.refuse(() => undefined);
    expect(isAppError(error) && error.retryable).toBe(isRetryable);
    expect(isAppError(error)).toBe(true);
  });
});
